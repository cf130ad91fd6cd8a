/**
 * One answer's (or rewrite's) deadline: the client's signal (it went away)
 * joined with an overall time limit (`LLM_TOTAL_TIMEOUT_MS`) that covers the
 * chat client's retries and their waits and the whole of a stream, so a
 * trickling or rate-limited model cannot hold an answer forever.
 */
import { ChatModelError } from './chat-model.js';

export interface AnswerDeadline {
  signal: AbortSignal;
  /** The failure to report: a timeout when the deadline passed, else the model's own error. */
  explain(error: ChatModelError): ChatModelError;
}

export function startAnswerDeadline(totalTimeoutMs: number, client?: AbortSignal): AnswerDeadline {
  const deadline = AbortSignal.timeout(totalTimeoutMs);
  const signal = client ? AbortSignal.any([client, deadline]) : deadline;
  return {
    signal,
    explain: (error) =>
      deadline.aborted && !client?.aborted
        ? new ChatModelError('timeout', `No complete answer within ${totalTimeoutMs} ms`, {
            cause: error,
          })
        : error,
  };
}
