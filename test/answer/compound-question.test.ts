/**
 * Two questions coordinated by "and" are split into two, each answered; interrogatives joined
 * before one clause, or a question word alone after "and", ask one question.
 */
import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../src/answer/analyze/compound-question.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';

const parser = createTextParser();
const split = (question: string) => splitCompound(question, parser);

describe('splitCompound', () => {
  it('splits two direct questions joined by "and", with or without a comma', () => {
    expect(split('How much did Fernhill raise in its seed round, and which firm led it?')).toEqual([
      'How much did Fernhill raise in its seed round?',
      'Which firm led it?',
    ]);
    expect(split('What is the club record for 10 miles and who holds it?')).toEqual([
      'What is the club record for 10 miles?',
      'Who holds it?',
    ]);
    expect(split('Is the café open and what does it cost?')).toEqual([
      'Is the café open?',
      'What does it cost?',
    ]);
  });

  it('keeps one question whose interrogatives share a clause', () => {
    expect(split('When and where was the final held?')).toBeNull();
    expect(split('What did she say about how and why it failed?')).toBeNull();
  });

  it('keeps one question when the first half has no clause of its own', () => {
    expect(split('Which firm and which bank led the round?')).toBeNull();
  });

  it('keeps one question when the second half has no clause of its own', () => {
    expect(split('Who won the final and why?')).toBeNull();
  });

  it('keeps a request that is not itself a question', () => {
    expect(split('Tell me who won the final and what they said')).toBeNull();
  });
});
