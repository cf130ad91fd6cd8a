import { describe, expect, it } from 'vitest';
import {
  contentTokens,
  isComparative,
  isStopword,
  lemmatize,
  tokenize,
} from '../../src/text/tokenize.js';

describe('tokenising', () => {
  it('splits numbers glued to units and hyphenated words', () => {
    expect(tokenize('a 909km-long border')).toEqual(['a', '909km', '909', 'km', 'long', 'border']);
  });

  it('drops possessive endings and stopwords', () => {
    expect(contentTokens('Pakistan’s army was there')).toEqual(['pakistan', 'army']);
  });

  it('lemmatises inflections but not derivations', () => {
    expect(lemmatize('killed')).toBe('kill');
    expect(lemmatize('officers')).toBe('officer');
    expect(lemmatize('population')).not.toBe(lemmatize('populated'));
  });

  it('reads a comparative or superlative as its adjective, and no noun in -er or -est as one', () => {
    expect(['later', 'cheaper', 'biggest', 'latest'].map(lemmatize)).toEqual([
      'late',
      'cheap',
      'big',
      'late',
    ]);
    expect(['number', 'officer', 'water', 'interest', 'forest'].map(lemmatize)).toEqual([
      'number',
      'officer',
      'water',
      'interest',
      'forest',
    ]);
  });

  it('gives back the silent e a one-syllable verb lost before -ing or -ed, since English would have doubled the consonant otherwise', () => {
    expect(['rating', 'rated', 'hoping', 'coding', 'dining', 'staring'].map(lemmatize)).toEqual([
      'rate',
      'rate',
      'hope',
      'code',
      'dine',
      'stare',
    ]);
    expect(['hopping', 'starring', 'planned', 'opening', 'boxing'].map(lemmatize)).toEqual([
      'hop',
      'star',
      'plan',
      'open',
      'box',
    ]);
  });

  it('keeps a word ending in "ss" whole, since English writes a plural or third person after a sibilant "-es", so its inflections and its base form share one lemma', () => {
    expect(
      ['pass', 'passed', 'passes', 'discuss', 'discussed', 'boss', 'bosses'].map(lemmatize),
    ).toEqual(['pass', 'pass', 'pass', 'discuss', 'discuss', 'boss', 'boss']);
    expect(['class', 'glasses', 'loss'].map(lemmatize)).toEqual(['class', 'glass', 'loss']);
  });
});

describe('isStopword', () => {
  it("treats a negated auxiliary as empty as the auxiliary (couldn't, didn't, can't, won't)", () => {
    for (const word of ["couldn't", "didn't", "can't", "won't", "isn't"])
      expect(isStopword(word)).toBe(true);
    expect(isStopword('block')).toBe(false);
  });
});

describe('isComparative', () => {
  it('knows comparatives from the lemmatizer, not nouns that end in -er', () => {
    expect(['bigger', 'higher', 'more', 'fewer', 'cheaper'].every(isComparative)).toBe(true);
    expect(['manager', 'water', 'number', 'after'].some(isComparative)).toBe(false);
  });
});
