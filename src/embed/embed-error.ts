/**
 * Typed failures of the embedding stage, with stable codes.
 * TODO(lead): fold into the shared `AppError` once it is on main.
 */
export type EmbedErrorCode = 'EMBEDDER_UNAVAILABLE' | 'MODEL_DOWNLOAD_FAILED';

/** A failure the user can act on; `message` says what to do. */
export class EmbedError extends Error {
  override readonly name = 'EmbedError';

  constructor(
    readonly code: EmbedErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
