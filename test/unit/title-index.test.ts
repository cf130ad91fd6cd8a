/**
 * The title index finds every title a question's words cover, looking up only the
 * titles' rarest words: on generated titles and questions, after changes too, its
 * candidates hold every title `titleCovered` accepts, and a common word alone finds few.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTitleIndex, titleCovered } from '../../src/answer/analyze/title-index.js';

const WORDS = ['border', 'iran', 'pakistan', 'plan', 'step', 'security', 'meet', 'force', 'pact'];
const title = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 9 });
const question = fc.uniqueArray(fc.constantFrom(...WORDS), { maxLength: WORDS.length });

describe('the title index', () => {
  it('finds every title a question covers, also after titles change and leave', () => {
    fc.assert(
      fc.property(
        fc.array(title, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), title), { maxLength: 10 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.array(question, { minLength: 1, maxLength: 10 }),
        fc.boolean(),
        (titles, changes, removals, questions, reindexed) => {
          const index = createTitleIndex();
          const current = new Map<string, string[]>();
          titles.forEach((words, at) => {
            index.set(`a${at}`, words);
            current.set(`a${at}`, words);
          });
          // Without a reindex, the first search chooses the words.
          if (reindexed) index.reindex();
          for (const [at, words] of changes) {
            index.set(`a${at % (titles.length + 3)}`, words);
            current.set(`a${at % (titles.length + 3)}`, words);
          }
          for (const at of removals) {
            index.delete(`a${at % titles.length}`);
            current.delete(`a${at % titles.length}`);
          }
          for (const words of questions) {
            const lemmas = new Set(words);
            const found = index.candidates(lemmas);
            for (const [id, words] of current)
              if (titleCovered(words, lemmas)) expect(found.has(id), `${id} ${words}`).toBe(true);
            for (const id of found) expect(current.has(id)).toBe(true);
          }
        },
      ),
    );
  });

  it('accepts a title when three of its words and three in five are the question’s', () => {
    const asked = new Set(['iran', 'pakistan', 'border', 'plan']);
    expect(titleCovered(['iran', 'pakistan', 'border'], asked)).toBe(true);
    expect(titleCovered(['iran', 'pakistan', 'border', 'step', 'security'], asked)).toBe(true);
    expect(titleCovered(['iran', 'pakistan', 'border', 'step', 'security', 'pact'], asked)).toBe(
      false,
    );
    expect(titleCovered(['iran', 'pakistan'], asked)).toBe(false);
  });

  it('looks a title up by its rarest words, not by a word thousands of titles share', () => {
    const index = createTitleIndex();
    for (let at = 0; at < 1000; at++)
      index.set(`a${at}`, ['border', 'security', `place${at}`, `event${at % 500}`, `day${at}`]);
    index.reindex();
    // Every title holds "border" and "security": a question of them covers none.
    expect(index.candidates(new Set(['border', 'security', 'talk'])).size).toBe(0);
    expect([...index.candidates(new Set(['border', 'security', 'day7']))]).toEqual(['a7']);
    // One of a title's rarest words is not enough: a covered title holds two of them.
    expect(index.candidates(new Set(['day7', 'talk'])).size).toBe(0);
  });
});
