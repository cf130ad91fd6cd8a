/**
 * "The 2022 bird survey" is the article whose title states 2022 and the phrase's words
 * ("Bird survey report 2022", published in January 2023), not one merely dated in 2022.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  const survey = (year: number, lead: string) =>
    `date ${year + 1}-01-24 Saltmere Fen bird survey report ${year}

${lead}

Wintering wildfowl were counted monthly from September to March.`;
  corpus = createExtractiveCorpus(
    {
      '001_survey-2021.md': survey(
        2021,
        'It was a quiet year on the reserve: lapwing rose to 24 pairs.',
      ),
      '002_flood.md': `date 2022-02-22 Flood closes Saltmere Fen

The River Lode burst its bank on Sunday night and flooded the reserve's northern marsh.`,
      '003_grant.md': `date 2022-06-10 Reserve wins boardwalk grant

The Trust has been awarded £214,000 for a new raised boardwalk across the fen.`,
      '004_survey-2022.md': survey(
        2022,
        "2022 was the year of extremes: the worst flood in the reserve's history, then a drought.",
      ),
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('a year before the noun that names an article', () => {
  it('is the year its title states, whatever its date', () => {
    const { answer, citations } = corpus.ask('Give me an overview of the 2022 bird survey.');
    expect(answer).toContain('year of extremes');
    expect(citations.every((citation) => citation.docId === '004_survey-2022')).toBe(true);
  });
});
