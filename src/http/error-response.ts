/**
 * The single error shape of the API, `{ error: { code, message } }`, and the
 * one place that maps thrown errors onto it.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import type { Logger } from '../log/logger.js';

export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

/** Renders the first three distinct zod issues as "path: message". */
export function describeZodError(error: { issues: readonly z.core.$ZodIssue[] }): string {
  const lines = error.issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  );
  return [...new Set(lines)].slice(0, 3).join('; ');
}

const HTTP_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/**
 * Whether `error` comes from a client that went away while sending its body:
 * the request's own signal, or the socket errors Node reports for a cut-off
 * body. An `AbortError` of our own (a deadline on an upstream call) is not one.
 */
export function isClientAbort(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (
    code === 'ECONNRESET' ||
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    /^(?:aborted|terminated|premature close)$/iu.test(error.message)
  );
}

/** `app.onError` handler: typed errors keep their code, anything else is a logged 500. */
export function createErrorHandler(logger: Logger) {
  return function handleError(error: Error, c: Context) {
    if (error instanceof AppError) {
      return c.json(errorBody(error.code, error.message), error.status as ContentfulStatusCode);
    }
    if (error instanceof HTTPException) {
      const status = error.status as ContentfulStatusCode;
      return c.json(
        errorBody(HTTP_CODES[status] ?? 'http_error', error.message || 'Request failed'),
        status,
      );
    }
    if (isClientAbort(error, c.req.raw.signal)) {
      // Nobody is left to read this answer; it is not a fault of ours.
      logger.info('client aborted the request', { path: c.req.path });
      return c.json(errorBody('request_aborted', 'The request body did not arrive whole.'), 400);
    }
    logger.error('unhandled error', { path: c.req.path, error: error.message });
    return c.json(errorBody('internal', 'Something went wrong on our side.'), 500);
  };
}
