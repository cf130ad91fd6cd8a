/**
 * One line of the eval set: a question, its acceptable short answers and the
 * documents any of which is a correct source.
 */
import { z } from 'zod';
import { chatMessageSchema } from '../answer/chat-types.js';

export const evalCaseSchema = z
  .strictObject({
    id: z.string().min(1),
    question: z.string().min(1),
    /** Earlier turns, sent before the question. */
    history: z.array(chatMessageSchema).optional(),
    /** Acceptable short answers; empty when the case is unanswerable. */
    answers: z.array(z.string().min(1)),
    /** Document ids (file name without extension) any of which is a correct source. */
    sources: z.array(z.string().min(1)),
    answerable: z.boolean(),
  })
  .superRefine((evalCase, context) => {
    const expectation = evalCase.answerable
      ? 'at least one entry when answerable is true'
      : 'empty when answerable is false';
    for (const field of ['answers', 'sources'] as const) {
      const empty = evalCase[field].length === 0;
      if (empty === evalCase.answerable) {
        context.addIssue({ code: 'custom', path: [field], message: `must be ${expectation}` });
      }
    }
  });

export type EvalCase = z.infer<typeof evalCaseSchema>;

/** The groups metrics are reported for; a follow-up is also answerable or unanswerable. */
export type EvalCategory = 'answerable' | 'unanswerable' | 'follow-up';

/** The categories a case counts in. */
export function categoriesOf(evalCase: EvalCase): EvalCategory[] {
  const categories: EvalCategory[] = [evalCase.answerable ? 'answerable' : 'unanswerable'];
  if (evalCase.history !== undefined && evalCase.history.length > 0) categories.push('follow-up');
  return categories;
}
