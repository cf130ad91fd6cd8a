/**
 * A person titled by a role WordNet files beside the asked one ("Bride Chloe Treloar" asked the
 * groom) plays another part: no answer for the asked role.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

const senses = openWordNet();
afterAll(() => senses.close());

describe('a name titled by a sibling of the asked role', () => {
  it('is no answer for the asked role ("Bride Chloe Treloar" for the groom)', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_wedding.md': `date 2019-07-22 Wedding guests fall ill at seafront inn

Bride Chloe Treloar, 29, said about a third of the guests at the wedding reception were ill, including her grandmother. The couple married at St Piran's Church before the reception at the inn.`,
      },
      { lexicon: await loadPackagedWordVectors(), senses },
    );
    expect(corpus.ask('What was the name of the groom at the wedding?').answer).not.toContain(
      'Chloe Treloar',
    );
    expect(corpus.ask('Who was the bride at the wedding?').answer).toMatch(
      /^(?:Bride )?Chloe Treloar \[1\]/u,
    );
  }, 60_000);
});
