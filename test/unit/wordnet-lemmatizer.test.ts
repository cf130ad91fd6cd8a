/**
 * The lemmatizer reads wink-lexicon's lists as text instead of requiring them;
 * it must give what wink-lemmatizer gives for every word of those lists, every
 * inflected form they name, and the forms the rules strip endings from.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLemmatizer, type Lemmatizer } from '../../src/text/wordnet-lemmatizer.js';

const require = createRequire(import.meta.url);
const wink = require('wink-lemmatizer') as Lemmatizer;
const words = Object.keys(require('wink-lexicon/src/wn-words.js') as object);
const exceptions = ['adjective', 'noun', 'verb'].flatMap((kind) =>
  Object.keys(require(`wink-lexicon/src/wn-${kind}-exceptions.js`) as object),
);
const ENDINGS = [
  's',
  'es',
  'ies',
  'ses',
  'xes',
  'ves',
  'ches',
  'shes',
  'men',
  'ed',
  'ing',
  'er',
  'est',
];

function differences(lemmatizer: Lemmatizer, forms: Iterable<string>): string[] {
  const found: string[] = [];
  for (const form of forms)
    for (const kind of ['noun', 'verb', 'adjective'] as const)
      if (lemmatizer[kind](form) !== wink[kind](form))
        found.push(`${kind}(${form}): ${lemmatizer[kind](form)} ≠ ${wink[kind](form)}`);
  return found;
}

describe('loadLemmatizer', () => {
  const lemmatizer = loadLemmatizer();

  it('reads the lists as text, not through wink-lemmatizer', () => {
    expect(lemmatizer).not.toBe(wink);
    expect(lemmatizer.verb('killed')).toBe('kill');
    expect(lemmatizer.noun('officers')).toBe('officer');
    expect(lemmatizer.adjective('bigger')).toBe('big');
  });

  it('gives what wink-lemmatizer gives for every listed word and exception', () => {
    expect(words.length).toBeGreaterThan(70_000);
    expect(differences(lemmatizer, [...words, ...exceptions])).toEqual([]);
  });

  it('gives what wink-lemmatizer gives for the endings the rules strip', () => {
    const forms = words
      .filter((_, position) => position % 3 === 0)
      .flatMap((word) => [
        ...ENDINGS.map((ending) => `${word}${ending}`),
        ...ENDINGS.map((ending) => `${word.slice(0, -1)}${ending}`),
      ]);
    expect(differences(lemmatizer, forms)).toEqual([]);
  });

  it('gives what wink-lemmatizer gives for any short lower-case word', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z_']{1,12}$/u), (word) => {
        expect(differences(lemmatizer, [word])).toEqual([]);
      }),
      { numRuns: 5_000 },
    );
  });
});
