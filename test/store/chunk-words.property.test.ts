/**
 * A chunk's words as the embedded store keeps them, each text tokenized once,
 * are what tokenizing each field on its own gives: FTS5's terms, BM25's
 * lengths and the chunk's lemmas (in their order), whatever the texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkWords, titleWords } from '../../src/store/chunk-words.js';
import { toFtsText } from '../../src/store/fts-query.js';
import { chunkLemmas } from '../../src/text/lemma-sets.js';
import { tokenize } from '../../src/text/tokenize.js';

/** Texts over letters, a final-sigma Greek word, apostrophes, glued numbers and separators. */
const text = fc
  .array(
    fc.constantFrom(
      'The',
      'border',
      'ΟΔΟΣ',
      'Σ',
      "'s",
      '’',
      "'",
      '909km',
      'killed',
      'officers',
      'rating',
      'and',
      ' ',
      '.',
      '-',
      'É',
      '\u0301',
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));

const separately = (chunk: { title: string; text: string; searchText?: string }) => {
  const body = chunk.searchText ?? chunk.text;
  return {
    body: { terms: toFtsText(body), length: new Set(tokenize(body)).size },
    title: { terms: toFtsText(chunk.title), length: new Set(tokenize(chunk.title)).size },
    lemmas: [...chunkLemmas(chunk)],
  };
};

describe('a chunk’s words, each text tokenized once', () => {
  it('are the terms, lengths and lemmas of each field tokenized on its own', () => {
    fc.assert(
      fc.property(text, text, fc.option(text, { nil: undefined }), (title, body, search) => {
        const chunk = {
          title,
          text: body,
          ...(search === undefined ? {} : { searchText: search }),
        };
        const words = chunkWords(chunk, titleWords(title));
        expect({ ...words, lemmas: [...words.lemmas] }).toEqual(separately(chunk));
      }),
      { numRuns: 2000 },
    );
  });

  it('use their own title when given another chunk’s', () => {
    const chunk = { title: 'Officers killed', text: 'The border was closed.' };
    const words = chunkWords(chunk, titleWords('Rovers beat United'));
    expect({ ...words, lemmas: [...words.lemmas] }).toEqual(separately(chunk));
  });
});
