/**
 * One line of the eval set: a question, its acceptable short answers, the
 * documents any of which is a correct source, and optionally the kind of
 * question and the strings a complete answer must all contain.
 */
import { z } from 'zod';
import { chatMessageSchema } from '../answer/chat-types.js';
import { filtersSchema } from '../retrieve/filters-schema.js';
import { normalizeAnswer } from './normalize-answer.js';

export const EVAL_KINDS = [
  'factoid',
  'why-how',
  'yes-no',
  'list',
  'summary',
  'comparison',
] as const;
export type EvalKind = (typeof EVAL_KINDS)[number];

/** The verdict words a yes-no case's `answers` may hold. */
const VERDICTS = ['yes', 'no'];

export const evalCaseSchema = z
  .strictObject({
    id: z.string().min(1),
    question: z.string().min(1),
    /** Earlier turns, sent before the question. */
    history: z.array(chatMessageSchema).optional(),
    /** The kind of question; reported as its own group (`kind:<kind>`). */
    kind: z.enum(EVAL_KINDS).optional(),
    /** Acceptable short answers; empty when the case is unanswerable. */
    answers: z.array(z.string().min(1)),
    /** Strings a complete answer contains, every one (lists, summaries, comparisons). */
    all: z.array(z.string().min(1)).min(1).optional(),
    /** Document ids (file name without extension) any of which is a correct source. */
    sources: z.array(z.string().min(1)),
    answerable: z.boolean(),
    /** Retrieve only from part of the corpus, as `/api/chat`'s `filters`. */
    filters: filtersSchema.optional(),
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
    if (evalCase.all !== undefined && !evalCase.answerable)
      context.addIssue({
        code: 'custom',
        path: ['all'],
        message: 'must be absent when answerable is false',
      });
    const [verdict, ...others] = evalCase.answers.map(normalizeAnswer);
    const oneVerdict = verdict !== undefined && others.length === 0 && VERDICTS.includes(verdict);
    if (evalCase.kind === 'yes-no' && evalCase.answerable && !oneVerdict)
      context.addIssue({
        code: 'custom',
        path: ['answers'],
        message: 'must be ["yes"] or ["no"] when kind is yes-no',
      });
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
