/**
 * "What did X say about Y?" asks what X said: an article that never names X (in its title,
 * source or text) cannot tell it, whatever it says about Y.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';
import { openWordNet } from '../../src/text/wordnet.js';

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

describe('what one said in a piece of writing', () => {
  it('is a summary of that piece, which names its writer in its credit lines', async () => {
    const corpus = createExtractiveCorpus(
      {
        '003_blog.md': `date 2019-03-18 From the founder's desk: passing on the mash fork

*Bernard's Blog — Hartigan's Brewery*

I've been putting off writing this post for about a month. On 1 April 2019 I'm stepping down as managing director of the brewery, after twenty-five years. My son Declan will take over as MD.

Our head brewer is leaving at the end of March to open his own brewery in Brindlecombe.`,
        '004_news.md': `date 2019-06-02 Brewery wins award

The brewery's Heron's Leap won gold at the county show in May 2019, said chairman Bernard Hartigan.`,
        '005_news.md': `date 2021-08-20 Fire at the brewery

Founder Bernard Hartigan watched the fire from the quayside.`,
        '006_news.md': `date 2022-11-20 Takeover bid rejected

Bernard Hartigan said the family would not sell.`,
      },
      { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
    );
    // The stories keep naming him: "Bernard" is their topic, a name the answer must be of.
    const response = corpus.ask('What did Bernard say in his March 2019 blog post?');
    expect(response.refused).toBe(false);
    expect(response.answer).toContain('stepping down as managing director');
  }, 60_000);
});
