/**
 * "What conditions came with the Secretary of State's approval?" of an article whose
 * "## The conditions" lists them under a sentence saying what they are conditions of: the
 * plural noun the interrogative determines names the section, and the text introducing the
 * section states the question's other words when the title does not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_go-ahead.md': `date 2019-07-12 Bypass gets the go-ahead

The Carnford bypass has cleared its biggest hurdle after a planning inspector backed the scheme.

But she did not accept the council's design in full, and the Secretary of State has made approval subject to conditions she recommended.

## The conditions

- **A viaduct, not an embankment.** The road must cross the wettest part of the meadow on a viaduct.
- **A replacement meadow.** The council must create a 14-hectare replacement meadow at Long Furlong.
- **Noise.** A noise barrier must be built along Ashby Lane.

## Reaction

Council leader Graham Pettifer said it was a great day for Carnford.`,
      '002_planning.md': `date 2019-02-01 Planning committee rules

## The conditions

- **Hours.** Building work may only take place on weekdays.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a section named by the plural noun asked', () => {
  it('answers with its items when the text introducing it states what they are of', () => {
    const { answer } = corpus.ask("What conditions came with the Secretary of State's approval?");
    expect(answer).toMatch(/^3 found:/u);
    expect(answer).toContain('A replacement meadow');
    expect(answer).not.toContain('Hours');
  });
});
