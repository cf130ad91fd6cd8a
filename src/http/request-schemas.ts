/**
 * Request bodies of the HTTP API, validated with zod before any work is done.
 */
import { z } from 'zod';
import { filtersSchema } from '../retrieve/filters-schema.js';
import { countCharacters } from '../text/count-characters.js';
import {
  findConversationProblem,
  MAX_MESSAGE_CHARS,
  MAX_MESSAGES,
  MAX_QUESTION_CHARS,
} from './conversation-limits.js';

export { MAX_MESSAGE_CHARS, MAX_MESSAGES, MAX_QUESTION_CHARS } from './conversation-limits.js';

export const chatRequestSchema = z
  .object({
    messages: z
      .array(
        z.object({
          role: z.enum(['user', 'assistant'], { message: 'role must be "user" or "assistant"' }),
          // In characters (code points), which zod's `max` does not count; the question's own limit is below.
          content: z
            .string()
            .refine(
              (text) =>
                text.length <= MAX_MESSAGE_CHARS || countCharacters(text) <= MAX_MESSAGE_CHARS,
              `a message may have at most ${MAX_MESSAGE_CHARS} characters`,
            )
            .meta({
              description: `At most ${MAX_MESSAGE_CHARS} characters (code points); the question, the last message, at most ${MAX_QUESTION_CHARS}.`,
            }),
        }),
      )
      .min(1, 'messages must hold at least the question')
      .max(MAX_MESSAGES, `at most ${MAX_MESSAGES} messages`),
    topK: z.number().int().min(1).max(20).optional(),
    /** Answer as Server-Sent Events (`citations`, `delta`…, `done`). */
    stream: z.boolean().optional(),
    /** Retrieve only from these documents, publishers or dates. */
    filters: filtersSchema.optional(),
  })
  .superRefine(({ messages }, context) => {
    const problem = findConversationProblem(messages);
    if (!problem) return;
    const path = problem.index === null ? ['messages'] : ['messages', problem.index, problem.field];
    context.addIssue({ code: 'custom', path, message: problem.message });
  });
export type ChatRequest = z.infer<typeof chatRequestSchema>;
