/**
 * A line labelled with the noun asked about ("Pros: …") answers with its value, and a noun
 * WordNet files among money or people asks for that type of answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelledValue } from '../../src/answer/compose/labelled-value.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const nouns = openWordNet();
afterAll(() => nouns.close());
let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_review.md': `# Nimbus 2 review: the handheld to buy

The Nimbus 2 is the handheld to buy this year, with a brighter screen and a longer battery life.

Pros: superb OLED screen; much faster; better battery life.

Cons: heavier; no headphone socket.

The Nimbus 2 ships in March.`,
      '002_interview.md': `# Making the sequel to Hollow Meridian

The sequel's budget is about $95 million, which the publisher covers in part.

The studio hired forty people in 2023 to build it.`,
      '003_minutes.md': `# Minutes of the rowing club's annual general meeting, March 2018

Fifty-seven members attended the meeting in the boathouse.

Treasurer: Beth Morrow re-elected unopposed.

Secretary: Joel Whitcombe re-elected unopposed.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: nouns },
  );
});

describe('a line labelled with the noun asked about', () => {
  it('answers with the value after its label', () => {
    expect(labelledValue('Pros: superb OLED screen; much faster.', 'pro')).toBe(
      'superb OLED screen; much faster',
    );
    expect(labelledValue('Production budget: $95 million', 'budget')).toBe('$95 million');
  });

  it('is not one when the label is another noun, long, or has no value', () => {
    expect(labelledValue('Cons: heavier.', 'pro')).toBeNull();
    expect(
      labelledValue('The reviewer who tested it for a week said this about the pro: fine', 'pro'),
    ).toBeNull();
    expect(labelledValue('Pros:', 'pro')).toBeNull();
  });

  it("answers a question asking for it, whatever type WordNet gives the noun ('pro': a person)", () => {
    const response = corpus.ask('What pros did the review list for the Nimbus 2?');
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/^superb OLED screen; much faster; better battery life/u);
  });
});

describe('a labelled value opening with a name', () => {
  it('answers with the name, not what the rest of the value says befell it', () => {
    const response = corpus.ask('Who was the treasurer at the March 2018 meeting?');
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/^Beth Morrow \[1\]/u);
  });
});

describe('a noun WordNet files under money', () => {
  it('asks for an amount, answered first and short', () => {
    const response = corpus.ask('What is the budget of the Hollow Meridian sequel?');
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/^(?:about )?\$95 million/u);
  });
});

describe('a labelled line whose label states what is asked', () => {
  it('answers with its value however the event is worded ("Who was named Winemaker of the Year…?")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '002_results.md': `date 2020-06-12 South Downs and Weald Wine Competition 2020: full results

The South Downs and Weald Wine Competition announced its 2020 results on 10 June, after judging was moved online. Scores are out of 100.

STILL RED AND ROSÉ WINE
- Silver: Fairlight Down Vineyard, Pinot Noir Précoce 2018 (88)
- Bronze: Ashcombe Hill Vineyard, Pinot Noir 2018 (84)

SPECIAL AWARDS
- Winemaker of the Year: Sarah Linklater, Coldharbour Wine Estate
- Best Newcomer: Orchard Gap Vineyard`,
      },
      { lexicon: await loadPackagedWordVectors(), senses: nouns },
    );
    const response = corpus.ask('Who was named Winemaker of the Year at the 2020 competition?');
    expect(response.answer).toMatch(/^Sarah Linklater/u);
  }, 60_000);
});
