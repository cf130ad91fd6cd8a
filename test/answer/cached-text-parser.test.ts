import { describe, expect, it } from 'vitest';
import { createCachedTextParser } from '../../src/answer/analyze/cached-text-parser.js';
import { createTextParser, type TextParser } from '../../src/answer/analyze/parse-text.js';

const parser = createTextParser();

/** The real parser, counting the texts it is asked to parse. */
function countingParser(): TextParser & { parsed: string[] } {
  const parsed: string[] = [];
  return {
    parsed,
    parse(text) {
      parsed.push(text);
      return parser.parse(text);
    },
  };
}

describe('a parser that remembers sentences across questions', () => {
  it('gives the same parse as the parser it wraps, and parses a sentence once', () => {
    const counting = countingParser();
    const cached = createCachedTextParser({ parser: counting });
    const text = 'Caldermouth approved a $212.4 million budget on Feb. 26, 2019.';
    const first = cached.parse(text);
    expect(first).toEqual(parser.parse(text));
    expect(cached.parse(text)).toBe(first);
    expect(counting.parsed).toEqual([text]);
  });

  it('parses the new text of a changed sentence instead of answering with the old one', () => {
    const cached = createCachedTextParser({ parser: countingParser() });
    const figures = (text: string) =>
      cached
        .parse(text)
        .entities.filter((entity) => entity.type === 'number')
        .map((entity) => entity.text);
    expect(figures('The barrage holds twelve turbines.')).toEqual(['twelve']);
    expect(figures('The barrage holds sixteen turbines.')).toEqual(['sixteen']);
    expect(figures('The barrage holds twelve turbines.')).toEqual(['twelve']);
  });

  it('hands out parses that cannot be changed, so one question cannot alter another', () => {
    const cached = createCachedTextParser({ parser: countingParser() });
    const parsed = cached.parse('Helen Quayle won Ward 7.');
    expect(() => {
      parsed.tokens[0]!.pos = 'VERB';
    }).toThrow(TypeError);
    expect(() => parsed.entities.push(parsed.entities[0]!)).toThrow(TypeError);
    expect(cached.parse('Helen Quayle won Ward 7.').tokens[0]!.pos).toBe('PROPN');
  });

  it('with copies, parses once and gives each reader a copy of its own to change', () => {
    const counting = countingParser();
    const cached = createCachedTextParser({ parser: counting, copies: true });
    const text = 'Helen Quayle won Ward 7.';
    const first = cached.parse(text);
    expect(first).toEqual(parser.parse(text));
    first.tokens[0]!.pos = 'VERB';
    first.entities.pop();
    const second = cached.parse(text);
    expect(second).toEqual(parser.parse(text));
    expect(second.tokens[0]!.pos).toBe('PROPN');
    expect(counting.parsed).toEqual([text]);
  });

  it('keeps at most its budget of characters, forgetting the least recently used first', () => {
    const counting = countingParser();
    const cached = createCachedTextParser({ parser: counting, maxCharacters: 40 });
    const a = 'The council met on Tuesday.'; // 27 characters
    const b = 'Rates rose by 4 percent.'; // 24: a and b exceed 40
    cached.parse(a);
    cached.parse(b);
    cached.parse(b);
    cached.parse(a);
    expect(counting.parsed).toEqual([a, b, a]);
    const long = 'x'.repeat(41);
    cached.parse(long);
    cached.parse(long);
    expect(counting.parsed.filter((text) => text === long)).toHaveLength(2);
  });
});
