/**
 * A closed compound the dictionary lacks is what its head is: "harbourmaster" is a master (a
 * person), "harbourmasters" its plural; a capitalised name is no compound.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { compoundParts } from '../../src/text/compound-head.js';
import { isDictionaryWord, lemmatize } from '../../src/text/tokenize.js';
import { openWordNet } from '../../src/text/wordnet.js';

const wordnet = openWordNet();
afterAll(() => wordnet.close());

describe('compoundParts', () => {
  it('splits a word into two dictionary words, the head as long as can be', () => {
    expect(compoundParts('harbourmaster', isDictionaryWord)).toEqual(['harbour', 'master']);
    expect(compoundParts('headteacher', isDictionaryWord)).toEqual(['head', 'teacher']);
  });

  it('does not split a capitalised name or a word without two parts', () => {
    expect(compoundParts('Kettlewick', isDictionaryWord)).toBeNull();
    expect(compoundParts('zxqvbn', isDictionaryWord)).toBeNull();
  });
});

describe('a closed compound the dictionary lacks', () => {
  it("has its head's plural", () => {
    expect(lemmatize('harbourmasters')).toBe('harbourmaster');
    expect(lemmatize('groundsmen')).toBe('groundsman');
    // Words the dictionary has keep their own lemma.
    expect(lemmatize('boathouses')).toBe('boathouse');
  });

  it("has its head's senses: a harbourmaster is a person", () => {
    expect(wordnet.senses('harbourmaster').some((sense) => sense.lexFile === 'noun.person')).toBe(
      true,
    );
  });
});

describe('a lower-case word whose parts name no person', () => {
  it('takes no senses from its head: a name read in lower case is no compound noun', () => {
    expect(wordnet.senses('carrow')).toEqual([]);
  });
});
