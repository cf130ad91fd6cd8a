import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { askedPhrases, meetsAskedPhrase } from '../../src/answer/evidence/figure-phrase.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();

/** Each figure of the sentence with whether its own phrase meets the question's. */
function met(question: string, sentence: string): [string, boolean | null][] {
  const asked = askedPhrases(parser.parse(question).tokens);
  const parsed = parser.parse(sentence);
  return parsed.entities
    .filter((entity) => entity.type === 'number')
    .map((entity) => [entity.text, meetsAskedPhrase(parsed.tokens, entity, asked)]);
}

describe("a figure's own phrase against the question's", () => {
  const question = 'How many people did her crews rescue by the end of that night?';

  it('reads the question\'s phrases with the content words they govern, through an "of"', () => {
    expect(askedPhrases(parser.parse(question).tokens)).toEqual([
      { preposition: 'by', words: new Set(['end', 'night']) },
      { preposition: 'of', words: new Set(['night']) },
    ]);
  });

  it('meets the phrase sharing a word, not one of the same preposition holding for another time', () => {
    expect(
      met(question, 'Her crews rescued 27 people by mid-afternoon and 52 by the end of the night.'),
    ).toEqual([
      ['27', false],
      ['52', true],
    ]);
  });

  it('says nothing of a figure with no phrase, or one whose preposition the question has not', () => {
    expect(met(question, 'Her crews rescued 52 people.')).toEqual([['52', null]]);
    expect(met(question, 'Her crews rescued 52 people in Millhaven.')).toEqual([['52', null]]);
  });

  it("answers with the figure whose phrase meets the question's, though another is nearer its words", async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_rescue.txt': `Crews rescue dozens

WENVALE, 16 November 2022 - Fire crews worked through the flood on Tuesday. Her crews rescued 27 people by mid-afternoon and 52 by the end of the night, said area manager Carys Lloyd.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(corpus.ask(question.replace('her', "Carys Lloyd's")).answer).toMatch(/^52 \[1\]/u);
  }, 60_000);
});

describe('a figure a preposition ties to a name', () => {
  it("answers with the asked name's figure, not another name's nearer the asked words", async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_count.txt': `Recount in Abbey

HARWICK, 5 May 2023 - Green candidate Hannah Byrne challenged Cllr Graham Hollis. The first count put Cllr Hollis on 1,104 votes and Ms Byrne on 1,101, a margin of three.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(corpus.ask('How many votes did Hannah Byrne have on the first count?').answer).toMatch(
      /^1,101 \[1\]/u,
    );
    expect(corpus.ask('How many votes did Graham Hollis have on the first count?').answer).toMatch(
      /^1,104 votes \[1\]/u,
    );
  }, 60_000);
});
