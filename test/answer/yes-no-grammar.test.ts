/**
 * A "Yes" by English grammar: a passive sentence's subject is what the verb is done to, not
 * another doer; a particle that ends the question ("Is the freeze over?") must be stated; the sentence judged states the asked event as a verb.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import type { WordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

let lexicon: WordVectors;
beforeAll(async () => {
  lexicon = await loadPackagedWordVectors();
});

describe('a passive sentence', () => {
  it('says "Yes" to the active question ("Can I carry over unused leave?")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_leave.md': `# Annual leave policy

## Carrying over

Up to five unused days may be carried over into the next year. Carried-over days must be used by 31 March.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Can I carry over unused leave?');
    expect(response.answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);
});

describe('a particle ending the question', () => {
  it('gives no "Yes" from a sentence that states the rest but not it', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_interview.md': `# An interview with Mara Lindqvist

We asked her about the hiring freeze and the new office in Lisbon. The office opens in September.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Is the hiring freeze over?');
    expect(response.answer).not.toMatch(/^Yes\b/u);
    expect(response.refused).toBe(false);
  }, 60_000);

  it('still says "Yes" from a sentence stating it ("called off")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_match.txt': `Storm hits fixtures

The match against Dunmore was called off on Saturday because the pitch was frozen.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Was the match against Dunmore called off?');
    expect(response.answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);
});

describe('the sentence judged', () => {
  it('is one stating the asked event as a verb, not one naming it by a noun ("director")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_films.txt': `Studio shake-up

LOS ANGELES, 3 March 2025 - The studio's chief said on Monday that Quill will not direct Saltwind. Original director Mara Quill left Saltwind to make the Lantern film, and Ivo Brandt took over.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Did Mara Quill direct Saltwind?');
    expect(response.answer).toMatch(/^No \[1\]/u);
  }, 60_000);
});
