/**
 * "What did X say about Y?" asks what X said: an article that never names X (in its title,
 * source or text) cannot tell it, whatever it says about Y.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

describe('what one named said, asked of an article', () => {
  it('is refused when the article the question points to never names them', async () => {
    // The seed articles: "the deal" points to the one whose opening line says the group was
    // set up "to deal with border-related matters", which never names Afghanistan.
    const article = (name: string) => readFileSync(`seeds/${name}`, 'utf8');
    const corpus = createExtractiveCorpus(
      Object.fromEntries(readdirSync('seeds').map((name) => [name, article(name)])),
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(corpus.ask('What did Afghanistan say about the deal?').refused).toBe(true);
    expect(corpus.ask('What did Vahidi say about the border?').answer).toContain('Vahidi');
  }, 60_000);
});
