/**
 * An eval case may carry `filters`: they are validated with the set (a bad
 * one names the case's line) and sent with the question to the target.
 */
import { describe, expect, it } from 'vitest';
import type { AskOptions } from '../../src/answer/chat-types.js';
import { evalCaseSchema } from '../../src/eval/eval-case.js';
import type { EvalTarget } from '../../src/eval/eval-target.js';
import { runEval } from '../../src/eval/run-eval.js';

const base = {
  id: 'f01',
  question: 'Who is the interior minister?',
  answers: ['Vahidi'],
  sources: ['doc-a'],
  answerable: true,
};

describe('filters in eval cases', () => {
  it('are sent with the question to the target', async () => {
    const asked: AskOptions[] = [];
    const target: EvalTarget = {
      description: 'recording',
      check: async () => {},
      ask: async (options) => {
        asked.push(options);
        return { answer: 'I couldn’t find that.', refused: true, citations: [] };
      },
      loadDocumentText: async () => undefined,
    };
    const filters = { sources: ['Dawn'], dateFrom: '2022-01-01' };
    await runEval({
      cases: [evalCaseSchema.parse({ ...base, filters }), evalCaseSchema.parse(base)],
      target,
      k: 3,
    });
    expect(asked[0]).toMatchObject({ filters });
    expect(asked[1]).not.toHaveProperty('filters');
  });

  it('are refused when malformed', () => {
    const bad = evalCaseSchema.safeParse({ ...base, filters: { dateFrom: '15 Feb 2022' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['filters', 'dateFrom']);
  });
});
