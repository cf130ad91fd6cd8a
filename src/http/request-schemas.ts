/**
 * Request bodies of the HTTP API, validated with zod before any work is done.
 */
import { z } from 'zod';

export const MAX_QUESTION_CHARS = 2000;
export const MAX_MESSAGE_CHARS = 8000;
export const MAX_MESSAGES = 50;

export const chatRequestSchema = z
  .object({
    messages: z
      .array(
        z.object({
          role: z.enum(['user', 'assistant'], { message: 'role must be "user" or "assistant"' }),
          content: z
            .string()
            .max(MAX_MESSAGE_CHARS, `a message may have at most ${MAX_MESSAGE_CHARS} characters`),
        }),
      )
      .min(1, 'messages must hold at least the question')
      .max(MAX_MESSAGES, `at most ${MAX_MESSAGES} messages`),
    topK: z.number().int().min(1).max(20).optional(),
    /** Answer as Server-Sent Events (`citations`, `delta`…, `done`). */
    stream: z.boolean().optional(),
  })
  .superRefine(({ messages }, context) => {
    const last = messages.at(-1);
    if (!last) return;
    const path = ['messages', messages.length - 1, 'content'];
    if (last.role !== 'user') {
      context.addIssue({
        code: 'custom',
        path: ['messages', messages.length - 1, 'role'],
        message: "the last message must be the user's question",
      });
    } else if (last.content.trim() === '') {
      context.addIssue({ code: 'custom', path, message: 'the question is empty' });
    } else if (last.content.length > MAX_QUESTION_CHARS) {
      context.addIssue({
        code: 'custom',
        path,
        message: `the question may have at most ${MAX_QUESTION_CHARS} characters`,
      });
    }
  });
export type ChatRequest = z.infer<typeof chatRequestSchema>;
