import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { askedKinds, writesOtherKind } from '../../src/answer/evidence/another-kind.js';

const parser = createTextParser();

function otherKind(question: string, sentence: string): boolean[] {
  const asked = parser.parse(question);
  const words = new Set(asked.tokens.map((token) => token.lemma));
  const parsed = parser.parse(sentence);
  return [...askedKinds(asked)].map(([head, modifiers]) =>
    writesOtherKind(parsed, head, modifiers, words),
  );
}

describe('another kind of the asked thing', () => {
  it('reads the nouns a question narrows, not by function words', () => {
    const kinds = askedKinds(parser.parse('How many league goals did he score?'));
    expect([...kinds.keys()]).toEqual(['goal']);
    expect([...kinds.get('goal')!]).toEqual(['league']);
    expect(askedKinds(parser.parse('How many goals did he score?')).size).toBe(0);
  });

  it('takes a noun under a noun modifier the question does not use for another kind', () => {
    expect(otherKind('How many league goals did he score?', 'He scored four cup goals.')).toEqual([
      true,
    ]);
  });

  it('takes the noun bare, as asked, or not written at all for no other kind', () => {
    const question = 'How many league goals did he score?';
    expect(otherKind(question, 'He scored 24 goals.')).toEqual([false]);
    expect(otherKind(question, 'He scored 24 league goals and four cup goals.')).toEqual([false]);
    expect(otherKind(question, 'He played every match.')).toEqual([false]);
  });

  it('lets a noun modifier the question uses elsewhere narrow the noun alike', () => {
    expect(otherKind("What was the bridge's total cost?", 'The bridge cost was £4m.')).toEqual([
      false,
    ]);
    expect(otherKind("What was the bridge's total cost?", 'The tunnel cost was £4m.')).toEqual([
      true,
    ]);
  });

  it('reads the words before a noun inside a name as its kind ("Harwick Town Council": a town council)', () => {
    const question = 'Who won a seat on the county council for Harwick?';
    expect(otherKind(question, 'She won a seat on Harwick Town Council.')).toEqual([true]);
    expect(otherKind(question, 'She won a seat on Harwick County Council.')).toEqual([false]);
  });
});
