import { describe, expect, it } from 'vitest';
import { joinAnswers } from '../../src/answer/join-answers.js';
import type { ChatResponse, Citation } from '../../src/answer/chat-types.js';
import { createRefusal } from '../../src/answer/create-refusal.js';

const citation = (n: number, start: number): Citation => ({
  n,
  docId: 'a',
  title: 'A',
  date: null,
  source: null,
  chunkId: 'a#0',
  quote: 'x',
  start,
  end: start + 10,
  score: 1,
});
const answer = (text: string, citations: Citation[]): ChatResponse => ({
  answer: text,
  refused: false,
  citations,
});
const halves: [string, string] = ['How much was raised?', 'Which firm led it?'];

describe('joinAnswers', () => {
  it("numbers the second half's citations after the first's, a shared passage keeping its number", () => {
    const joined = joinAnswers(
      [
        answer('£1.2 million [1]\n\nIt raised £1.2 million. [1]', [citation(1, 0)]),
        answer('Northgate [1]\n\nLed by Northgate. [1] It raised £1.2 million. [2]', [
          citation(1, 50),
          citation(2, 0),
        ]),
      ],
      halves,
    );
    expect(joined.answer).toBe(
      '£1.2 million [1]\n\nIt raised £1.2 million. [1]\n\nNorthgate [2]\n\nLed by Northgate. [2] It raised £1.2 million. [1]',
    );
    expect(joined.citations.map((one) => [one.n, one.start])).toEqual([
      [1, 0],
      [2, 50],
    ]);
  });

  it('does not repeat a paragraph the first half already shows', () => {
    const shared = [citation(1, 0)];
    const joined = joinAnswers(
      [
        answer('Ridgeway [1]\n\nRaised $22 million, led by Ridgeway. [1]', shared),
        answer('$22 million [1]\n\nRaised $22 million, led by Ridgeway. [1]', shared),
      ],
      halves,
    );
    expect(joined.answer).toBe(
      'Ridgeway [1]\n\nRaised $22 million, led by Ridgeway. [1]\n\n$22 million [1]',
    );
  });

  it('names the half it could not answer, and refuses only when neither is answered', () => {
    const joined = joinAnswers(
      [answer('£1.2 million [1]', [citation(1, 0)]), createRefusal('No firm is named.')],
      halves,
    );
    expect(joined.refused).toBe(false);
    expect(joined.answer).toMatch(/\n\n“Which firm led it\?” I couldn't find that/u);
    const both = joinAnswers([createRefusal('One.'), createRefusal('Two.')], halves);
    expect(both.refused).toBe(true);
  });
});
