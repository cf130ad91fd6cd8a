/**
 * Work done after Slack has been acknowledged (Slack wants a reply within
 * three seconds; answering takes longer). Tracks the pending tasks so tests
 * and graceful shutdown can wait for them instead of sleeping.
 */
import type { Logger } from '../log/logger.js';

/** Runs `task` in the background; must never throw. */
export type Schedule = (task: () => Promise<void>) => void;

export interface BackgroundTasks {
  schedule: Schedule;
  /** Resolves once every scheduled task (including ones scheduled meanwhile) has settled. */
  idle(): Promise<void>;
}

/** Creates a tracker of fire-and-forget tasks whose failures are logged, never thrown. */
export function createBackgroundTasks({ logger }: { logger: Logger }): BackgroundTasks {
  const pending = new Set<Promise<void>>();

  return {
    schedule(task) {
      const running: Promise<void> = Promise.resolve()
        .then(task)
        .catch((error: unknown) => {
          logger.error('slack background task failed', { error: String(error) });
        })
        .finally(() => pending.delete(running));
      pending.add(running);
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
