/**
 * Deadlines for model calls: a timer whose signal aborts the request (and
 * says whether it was the timer that fired), and an abortable sleep.
 */
import { ChatModelError } from './chat-model.js';

/** A per-attempt deadline whose signal aborts the request; restartable for streams. */
export interface Timer {
  signal: AbortSignal;
  timedOut(): boolean;
  restart(): void;
  stop(): void;
}

/** Starts a timer that aborts its signal after `ms`, or when `parent` aborts. */
export function startTimer(ms: number, parent?: AbortSignal): Timer {
  const controller = new AbortController();
  let fired = false;
  const fire = () => {
    fired = true;
    controller.abort(
      new ChatModelError('timeout', `No reply from the language model within ${ms} ms`),
    );
  };
  let handle = setTimeout(fire, ms);
  const onParentAbort = () => controller.abort(parent?.reason);
  parent?.addEventListener('abort', onParentAbort, { once: true });
  if (parent?.aborted) onParentAbort();
  return {
    signal: controller.signal,
    timedOut: () => fired,
    restart() {
      clearTimeout(handle);
      handle = setTimeout(fire, ms);
    },
    stop() {
      clearTimeout(handle);
      parent?.removeEventListener('abort', onParentAbort);
    },
  };
}

/** `promise`, or a rejection as soon as the timer fires. */
export function raceTimer<T>(promise: Promise<T>, timer: Timer): Promise<T> {
  if (timer.signal.aborted) return Promise.reject(timer.signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(timer.signal.reason);
    timer.signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => timer.signal.removeEventListener('abort', onAbort));
  });
}

/** Waits `ms`, or rejects when `signal` aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const handle = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(handle);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
