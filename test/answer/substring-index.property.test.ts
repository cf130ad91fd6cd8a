/** The substring index never leaves out a text that contains the string asked. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSubstringIndex } from '../../src/answer/analyze/substring-index.js';

/** Short texts over a small alphabet (letters, digits, separators, an astral letter) so strings recur. */
const text = fc
  .array(fc.constantFrom('a', 'b', 'é', '1', ' ', '-', '&', "'", '𝒜', '\ud835'), { maxLength: 24 })
  .map((characters) => characters.join(''));

describe('the substring index', () => {
  it('names every text that contains the string, through changes', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(7), { maxLength: 3 }),
        text,
        (texts, removed, needle) => {
          const index = createSubstringIndex();
          texts.forEach((value, id) => index.set(String(id), value));
          for (const id of removed) index.delete(String(id));
          const kept = texts
            .map((value, id) => ({ id: String(id), value }))
            .filter(({ id }) => !removed.includes(Number(id)));
          const candidates = index.candidates(needle);
          if (candidates === undefined) return;
          for (const { id, value } of kept)
            if (value.includes(needle)) expect(candidates.has(id), `${id}: ${value}`).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('narrows a name to the texts holding its words', () => {
    const index = createSubstringIndex();
    index.set('a', 'by ada merriweather, tramway courier');
    index.set('b', 'the tram line now reaches the airport');
    expect(index.candidates('tramway courier')).toEqual(new Set(['a']));
    expect(index.candidates('merriweather')).toEqual(new Set(['a']));
    expect(index.candidates('tram')).toEqual(new Set(['a', 'b']));
    index.delete('a');
    expect(index.candidates('tramway courier')).toEqual(new Set());
  });
});
