/**
 * Counts answers and fallbacks as they leave the assistant, for every door,
 * without the answer engine knowing about metrics.
 */
import type { Assistant } from '../answer/chat-types.js';
import type { Metrics } from './create-metrics.js';

/** The same assistant, counting each finished answer (plain or streamed). */
export function instrumentAssistant(assistant: Assistant, metrics: Metrics): Assistant {
  const stream = assistant.stream?.bind(assistant);
  return {
    // Every argument is passed on as given, so a later option (an abort signal) reaches the assistant.
    async ask(...args: Parameters<Assistant['ask']>) {
      const response = await assistant.ask(...args);
      metrics.countAnswer(response);
      return response;
    },
    ...(stream === undefined
      ? {}
      : {
          async *stream(...args: Parameters<NonNullable<Assistant['stream']>>) {
            for await (const event of stream(...args)) {
              if (event.type === 'done') metrics.countAnswer(event.response);
              yield event;
            }
          },
        }),
  };
}
