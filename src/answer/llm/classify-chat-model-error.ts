/**
 * Turns whatever the model client threw into a {@link ChatModelError} with a
 * stable reason, reading the status and `Retry-After` the server sent.
 */
import { ChatModelError } from './chat-model.js';

export interface ClassifyOptions {
  /** Our own per-attempt timeout fired. */
  timedOut?: boolean;
  /** The caller cancelled. */
  aborted?: boolean;
  now?: number;
}

/** Classifies an error thrown by the chat client (already-classified errors pass through). */
export function classifyChatModelError(
  error: unknown,
  { timedOut = false, aborted = false, now = Date.now() }: ClassifyOptions = {},
): ChatModelError {
  if (error instanceof ChatModelError) return error;
  if (timedOut)
    return new ChatModelError('timeout', 'The language model did not answer in time', {
      cause: error,
    });
  if (aborted)
    return new ChatModelError('aborted', 'The language model call was cancelled', { cause: error });
  const fields = (typeof error === 'object' && error !== null ? error : {}) as Record<
    string,
    unknown
  >;
  const status = typeof fields.status === 'number' ? fields.status : undefined;
  const message = typeof fields.message === 'string' ? fields.message : String(error);
  if (fields.name === 'TimeoutError')
    return new ChatModelError('timeout', message, { cause: error });
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(readHeaders(fields.headers), now);
    return new ChatModelError('rate-limited', message, { cause: error, status, retryAfterMs });
  }
  if (status !== undefined && status >= 500)
    return new ChatModelError('server-error', message, { cause: error, status });
  if (status !== undefined && status >= 400)
    return new ChatModelError('client-error', message, { cause: error, status });
  const className = error instanceof Error ? error.constructor.name : '';
  if (className === 'APIConnectionError')
    return new ChatModelError('unreachable', message, { cause: error });
  return new ChatModelError('malformed-response', message, { cause: error });
}

function readHeaders(headers: unknown): { retryAfter?: string; retryAfterMs?: string } {
  if (headers instanceof Headers) {
    return {
      retryAfter: headers.get('retry-after') ?? undefined,
      retryAfterMs: headers.get('retry-after-ms') ?? undefined,
    };
  }
  return {};
}

/**
 * Milliseconds to wait from `Retry-After` (seconds or an HTTP date) or the
 * non-standard `retry-after-ms`; undefined when absent or unreadable.
 */
export function parseRetryAfter(
  { retryAfter, retryAfterMs }: { retryAfter?: string; retryAfterMs?: string },
  now = Date.now(),
): number | undefined {
  if (retryAfterMs !== undefined && /^\d+(\.\d+)?$/.test(retryAfterMs.trim()))
    return Number(retryAfterMs);
  if (retryAfter === undefined) return undefined;
  const value = retryAfter.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
