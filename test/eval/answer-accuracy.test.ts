import { describe, expect, it } from 'vitest';
import { answerTokenF1, isAnswerCorrect } from '../../src/eval/answer-accuracy.js';
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
