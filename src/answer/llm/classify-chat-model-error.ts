/**
 * Turns whatever the model client threw, once it has given up retrying, into a
 * {@link ChatModelError} with a stable reason: the fallback's `llm-<reason>`.
 */
import { ChatModelError } from './chat-model.js';

export interface ClassifyOptions {
  /** Our own timer (the stream gap) fired. */
  timedOut?: boolean;
  /** The caller's signal aborted. */
  aborted?: boolean;
}

/** Classifies an error thrown by the chat client (already-classified errors pass through). */
export function classifyChatModelError(
  error: unknown,
  { timedOut = false, aborted = false }: ClassifyOptions = {},
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
  // The client's per-request timeout: LangChain renames the SDK's APIConnectionTimeoutError.
  if (fields.name === 'TimeoutError')
    return new ChatModelError('timeout', message, { cause: error });
  if (status === 429) return new ChatModelError('rate-limited', message, { cause: error, status });
  if (status !== undefined && status >= 500)
    return new ChatModelError('server-error', message, { cause: error, status });
  if (status !== undefined && status >= 400)
    return new ChatModelError('client-error', message, { cause: error, status });
  const className = error instanceof Error ? error.constructor.name : '';
  if (className === 'APIConnectionError')
    return new ChatModelError('unreachable', message, { cause: error });
  return new ChatModelError('malformed-response', message, { cause: error });
}
