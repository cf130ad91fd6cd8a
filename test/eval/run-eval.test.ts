import { describe, expect, it } from 'vitest';
import type { EvalCase } from '../../src/eval/eval-case.js';
import { EvalError } from '../../src/eval/eval-error.js';
import type { EvalTarget } from '../../src/eval/eval-target.js';
import { createInProcessTarget } from '../../src/eval/in-process-target.js';
import { runEval } from '../../src/eval/run-eval.js';
import { createFakeCore } from './fake-core.js';

const cases: EvalCase[] = [
  {
    id: 'q01',
    question: 'How long is the border?',
    answers: ['909'],
    sources: ['doc-border'],
    answerable: true,
  },
  {
    id: 'q02',
    question: 'How many did that kill?',
    history: [
      { role: 'user', content: 'Tell me about the bus ambush.' },
      { role: 'assistant', content: 'It was claimed by BRAS.' },
    ],
    answers: ['14'],
    sources: ['doc-ambush'],
    answerable: true,
  },
  { id: 'q03', question: 'Who won the World Cup?', answers: [], sources: [], answerable: false },
];

function steppingClock(step: number) {
  let time = 0;
  return () => (time += step);
}

describe('runEval in process', () => {
  it('sends history before the question, verifies quotes and scores every case', async () => {
    const core = createFakeCore();
    const progress: string[] = [];
    const results = await runEval({
      cases,
      target: createInProcessTarget(core),
      k: 3,
      now: steppingClock(7),
      onProgress: ({ done, total, result }) => progress.push(`${done}/${total} ${result.score.id}`),
    });

    expect(core.calls.ask[1]).toEqual([
      'Tell me about the bus ambush.',
      'It was claimed by BRAS.',
      'How many did that kill?',
    ]);
    expect(progress).toEqual(['1/3 q01', '2/3 q02', '3/3 q03']);
    expect(results.map((result) => result.score.correct)).toEqual([true, true, true]);
    expect(results[0]?.outcome.quotesVerified).toEqual([true]);
    expect(results[0]?.score.latencyMs).toBe(7);
  });

  it('measures the retriever directly on what the user typed in the conversation', async () => {
    const core = createFakeCore();
    const results = await runEval({
      cases,
      target: createInProcessTarget(core),
      k: 3,
      now: steppingClock(1),
    });

    expect(core.calls.retrieve[1]).toBe('Tell me about the bus ambush.\nHow many did that kill?');
    expect(results[0]?.score.fromRetriever).toEqual({ hitAt1: 1, hitAtK: 1, reciprocalRank: 1 });
    expect(results[2]?.score.fromRetriever).toBeNull();
  });

  it('records a failing call as a failed case and goes on', async () => {
    const core = createFakeCore();
    core.assistant.ask = async () => {
      throw new Error('model crashed');
    };
    const results = await runEval({
      cases,
      target: createInProcessTarget(core),
      now: steppingClock(1),
    });

    expect(results.map((result) => result.score.error)).toEqual([
      'model crashed',
      'model crashed',
      'model crashed',
    ]);
    expect(results.every((result) => !result.score.correct)).toBe(true);
  });

  it('stops at the check, before any case, when the target is unreachable', async () => {
    let asked = 0;
    const target: EvalTarget = {
      description: 'http://nowhere',
      async check() {
        throw new EvalError('EVAL_TARGET_UNREACHABLE', 'cannot reach http://nowhere');
      },
      async ask() {
        asked += 1;
        throw new Error('unreachable');
      },
      async loadDocumentText() {
        return undefined;
      },
    };
    await expect(runEval({ cases, target })).rejects.toMatchObject({
      code: 'EVAL_TARGET_UNREACHABLE',
    });
    expect(asked).toBe(0);
  });
});
