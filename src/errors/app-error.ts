/**
 * The one domain error type. Its stable `code` is what clients match on; the
 * HTTP layer maps it to `{ error: { code, message } }`.
 */
export type AppErrorCode =
  | 'config_invalid'
  | 'index_corrupt'
  | 'index_missing'
  | 'seeds_missing'
  | 'document_not_found'
  | 'embedder_unavailable'
  | 'model_download_failed'
  | 'bad_request'
  | 'unsupported_media_type'
  | 'unprocessable_document'
  | 'payload_too_large'
  | 'duplicate_document'
  | 'document_exists'
  | 'database_unavailable'
  | 'database_invalid';

const STATUS: Record<AppErrorCode, number> = {
  config_invalid: 500,
  index_corrupt: 500,
  index_missing: 503,
  seeds_missing: 500,
  document_not_found: 404,
  embedder_unavailable: 500,
  model_download_failed: 502,
  bad_request: 400,
  unsupported_media_type: 415,
  unprocessable_document: 422,
  payload_too_large: 413,
  duplicate_document: 409,
  document_exists: 409,
  database_unavailable: 503,
  database_invalid: 500,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;

  constructor(code: AppErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.status = STATUS[code];
  }
}
