import { describe, expect, it } from 'vitest';
import {
  answerAllCoverage,
  answerTokenF1,
  isAnswerCorrect,
} from '../../src/eval/answer-accuracy.js';
import { makeCitation, makeResponse } from './make-response.js';

const answerable = { answerable: true, answers: ['909', '900'] };
const unanswerable = { answerable: false, answers: [] };

describe('isAnswerCorrect', () => {
  it('accepts an answer that contains any acceptable answer', () => {
    expect(
      isAnswerCorrect(answerable, makeResponse({ answer: 'They share a 909km-long border [1].' })),
    ).toBe(true);
  });

  it('rejects an answer without any acceptable answer, a refusal and a failed call', () => {
    expect(isAnswerCorrect(answerable, makeResponse({ answer: 'A long border [1].' }))).toBe(false);
    expect(isAnswerCorrect(answerable, makeResponse({ answer: '909 maybe', refused: true }))).toBe(
      false,
    );
    expect(isAnswerCorrect(answerable, null)).toBe(false);
  });

  it('accepts only a refusal without citations on an unanswerable case', () => {
    expect(isAnswerCorrect(unanswerable, makeResponse({ refused: true }))).toBe(true);
    expect(
      isAnswerCorrect(unanswerable, makeResponse({ refused: true, citations: [makeCitation()] })),
    ).toBe(false);
    expect(isAnswerCorrect(unanswerable, makeResponse({ answer: 'Argentina' }))).toBe(false);
  });
});

describe('answerTokenF1', () => {
  it('scores the answer against the best acceptable answer, ignoring citation markers', () => {
    // "909 km [1]" → [909, km]; vs "909": p 1/2, r 1 → 2/3
    expect(answerTokenF1(answerable, makeResponse({ answer: '909 km [1]' }))).toBeCloseTo(
      2 / 3,
      10,
    );
  });

  it('gives a refusal 1 on an unanswerable case and 0 on an answerable one', () => {
    expect(answerTokenF1(unanswerable, makeResponse({ refused: true }))).toBe(1);
    expect(answerTokenF1(answerable, makeResponse({ refused: true }))).toBe(0);
    expect(answerTokenF1(unanswerable, makeResponse({ answer: 'x' }))).toBe(0);
  });
});

describe('isAnswerCorrect on a yes-no case', () => {
  const no = { answerable: true, kind: 'yes-no' as const, answers: ['no'] };
  const yes = { answerable: true, kind: 'yes-no' as const, answers: ['Yes'] };

  it('accepts an answer that starts with the verdict word, whatever follows', () => {
    expect(isAnswerCorrect(no, makeResponse({ answer: 'No, they were not freed [1].' }))).toBe(
      true,
    );
    expect(isAnswerCorrect(yes, makeResponse({ answer: '“Yes.” The fence is built [1].' }))).toBe(
      true,
    );
  });

  it('rejects the verdict inside the answer or at the start of a longer word', () => {
    expect(isAnswerCorrect(no, makeResponse({ answer: 'It is not known [1].' }))).toBe(false);
    expect(isAnswerCorrect(no, makeResponse({ answer: 'Nothing says so; the north, no.' }))).toBe(
      false,
    );
    expect(isAnswerCorrect(yes, makeResponse({ answer: 'Yesterday, yes.' }))).toBe(false);
    expect(isAnswerCorrect(no, makeResponse({ answer: 'Yes [1].' }))).toBe(false);
  });
});

describe('answerAllCoverage', () => {
  const list = { answerable: true, answers: ['Gwadar'], all: ['Gwadar', 'Charbahar', 'Zahedan'] };

  it('is the share of `all` strings the answer contains, by the answers rule', () => {
    expect(
      answerAllCoverage(list, makeResponse({ answer: 'The ports of gwadar and Charbahar [1].' })),
    ).toBeCloseTo(2 / 3, 10);
    expect(
      answerAllCoverage(
        { answerable: true, answers: ['14'], all: ['14', 'BRAS'] },
        makeResponse({ answer: 'In 2014 the BRAS [1].' }),
      ),
    ).toBe(0.5);
  });

  it('is 0 for a refusal or a failed call, and null for a case without `all`', () => {
    expect(answerAllCoverage(list, makeResponse({ answer: 'Gwadar', refused: true }))).toBe(0);
    expect(answerAllCoverage(list, null)).toBe(0);
    expect(answerAllCoverage(answerable, makeResponse({ answer: '909' }))).toBeNull();
  });
});
