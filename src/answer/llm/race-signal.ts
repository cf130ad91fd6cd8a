/**
 * Settles as soon as a signal aborts, whatever the awaited call is doing.
 * The chat client does not watch the call's signal everywhere: LangChain's
 * retry loop (AsyncCaller → p-retry) gets no signal from ChatOpenAI, so a
 * pending `Retry-After` wait runs to its end, and the OpenAI SDK's own timeout
 * stops at the reply's headers. The overall deadline must not wait for either.
 */

/** `promise`, or a rejection with the signal's reason as soon as `signal` aborts. */
export function raceSignal<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
