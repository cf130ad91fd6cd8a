/**
 * The request a piece of work belongs to, carried through async calls
 * (AsyncLocalStorage), so every log line written while answering a request
 * carries its id, not only the access line. Created by the composition root
 * and injected into the logger and the HTTP app.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  /** Runs `task` as part of the request `requestId`. */
  run<T>(requestId: string, task: () => T): T;
  /** Fields for a log line written now: `{ requestId }` inside a request, else none. */
  fields(): { requestId?: string };
}

export function createRequestContext(): RequestContext {
  const storage = new AsyncLocalStorage<string>();
  return {
    run: (requestId, task) => storage.run(requestId, task),
    fields() {
      const requestId = storage.getStore();
      return requestId === undefined ? {} : { requestId };
    },
  };
}
