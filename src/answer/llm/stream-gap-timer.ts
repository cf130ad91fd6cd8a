/**
 * The longest silence allowed between two pieces of a streamed reply. The
 * client's own timeout ends when the server starts replying, so a stream that
 * stalls halfway would otherwise hold the answer until the overall deadline.
 */
import { ChatModelError } from './chat-model.js';

/** A timer whose signal aborts the stream when it fires; armed only while a piece is awaited. */
export interface StreamGapTimer {
  signal: AbortSignal;
  /** Starts (or starts again) counting the silence. */
  arm(): void;
  /** Stops counting, e.g. while the consumer handles a piece. */
  disarm(): void;
  /** Whether it was this timer that aborted the signal. */
  timedOut(): boolean;
}

/** A disarmed gap timer of `ms`. */
export function createStreamGapTimer(ms: number): StreamGapTimer {
  const controller = new AbortController();
  let handle: ReturnType<typeof setTimeout> | undefined;
  const fire = () =>
    controller.abort(
      new ChatModelError('timeout', `The language model sent nothing for ${ms} ms mid-stream`),
    );
  const disarm = () => clearTimeout(handle);
  return {
    signal: controller.signal,
    arm() {
      disarm();
      handle = setTimeout(fire, ms);
    },
    disarm,
    timedOut: () => controller.signal.aborted,
  };
}
