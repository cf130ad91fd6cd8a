/**
 * What an active verb is done to: the noun phrase after it. A sentence whose asked verb acts
 * on something else named ("released its third game, Skyloom") says no "Yes" of the thing asked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { doneToOther } from '../../src/answer/compose/done-to-other.js';
import { lemmatize } from '../../src/text/tokenize.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const tokens = (text: string) => parser.parse(text).tokens;
const lemmas = (text: string) => new Set(tokens(text).map((token) => lemmatize(token.normal)));

describe('what a verb is done to', () => {
  it('is another named thing when its object names one and nothing asked', () => {
    const released =
      'Brackenbyte Studio, the Bristol developer behind Tidewater and Marrow & Moss, released its third game, Skyloom, into Steam early access today.';
    expect(
      doneToOther(new Set(['release']), tokens(released), lemmas('Was Tidewater released?')),
    ).toBe(true);
    expect(
      doneToOther(
        new Set(['run']),
        tokens('Martin Pyle has run the Northgate Deli for fourteen years.'),
        lemmas('Has Martin Pyle run the marathon himself?'),
      ),
    ).toBe(true);
  });

  it("is another thing when the one asked only owns the object ('RoboLeague's … award')", () => {
    const won = tokens("The team also won RoboLeague's Spirit of the Competition award.");
    expect(doneToOther(new Set(['win']), won, lemmas('Did the team win RoboLeague in 2018?'))).toBe(
      true,
    );
    expect(
      doneToOther(new Set(['win']), won, lemmas("Did the team win RoboLeague's spirit award?")),
    ).toBe(false);
  });

  it('is the thing asked when the object, a possessive or a modifier in it, names it', () => {
    expect(
      doneToOther(
        new Set(['refuse']),
        tokens(
          "Wexcombe District Council refused Harland Homes' application for 45 houses on Top Field in December 2017.",
        ),
        lemmas('Did the district council refuse the Top Field application?'),
      ),
    ).toBe(false);
    expect(
      doneToOther(
        new Set(['release']),
        tokens('The studio released Tidewater on Steam in 2017.'),
        lemmas('Was Tidewater released?'),
      ),
    ).toBe(false);
    // A compound's hyphen is inside the phrase ("Colonel-rank officers at the Goldsmith Line").
    expect(
      doneToOther(
        new Set(['station']),
        tokens('Pakistan and Iran have decided to station Colonel-rank officers at the border.'),
        lemmas('Did Pakistan and Iran agree to station officers at the border?'),
      ),
    ).toBe(false);
  });

  it('is nothing for an intransitive verb or one in the passive', () => {
    expect(
      doneToOther(
        new Set(['break']),
        tokens(
          'The festival had broken even on a budget of £48,000, with support from Herefordshire Council.',
        ),
        lemmas('Did the first festival break even?'),
      ),
    ).toBe(false);
    expect(
      doneToOther(
        new Set(['release']),
        tokens('Skyloom was released by Northlight Games in August.'),
        lemmas('Was Tidewater released?'),
      ),
    ).toBe(false);
  });
});

describe('a yes/no question of a thing another verb acted on', () => {
  let corpus: ExtractiveCorpus;
  beforeAll(async () => {
    corpus = createExtractiveCorpus(
      {
        '008.md': ` date 2023-08-24 Brackenbyte signs its first publisher deal

Brackenbyte Studio, the Bristol developer behind Tidewater and Marrow & Moss, released its third game, Skyloom, into Steam early access today, and for the first time in its seven-year history it has a publisher.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
  }, 60_000);

  it('has no "Yes" from the sentence', () => {
    const response = corpus.ask('Was Tidewater released with a publisher behind it?');
    expect(response.answer).not.toMatch(/^Yes\b/u);
    expect(response.refused).toBe(false);
  });
});
