/**
 * "Which <noun>…" picks one out of its kind: the figures the articles write beside the noun
 * ("four years researching the book") do not make it ask for a span of time.
 */
import { expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

it('answers "which book" from the sentence naming it, not a figure near "book"', async () => {
  const corpus = createExtractiveCorpus(
    {
      '001_review.md': `# Review: The Salt Road

Okeke spent four years researching the book, including two months travelling the route herself. The book took another year to write. Reading the book takes about ten hours.`,
      '002_winner.md': `# The Glass Orchard wins the Harlow Prize

LONDON — Peter Lund's debut novel "The Glass Orchard" won the Harlow Prize on Thursday, beating Amara Okeke's "The Salt Road", which had been the bookmakers' favourite.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
  const response = corpus.ask("Which book was the bookmakers' favourite?");
  expect(response.refused).toBe(false);
  expect(response.answer).toContain("which had been the bookmakers' favourite");
}, 60_000);
