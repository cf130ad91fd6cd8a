/**
 * The main clause of a sentence: its verb (after an opening phrase and its comma, through the
 * verb group), whether it is negated, and its subject; and a yes/no question asking only
 * whether a thing took place, which a main clause denying that thing answers "No".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import {
  existentialHead,
  mainClauseNegated,
  mainSubject,
} from '../../src/answer/compose/main-clause.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const tokens = (text: string) => parser.parse(text).tokens;

describe('the main clause', () => {
  it('is negated when its verb is, past an opening phrase', () => {
    expect(
      mainClauseNegated(
        tokens('With great regret, the Autumn Steam Gala will not take place this year.'),
      ),
    ).toBe(true);
    expect(mainClauseNegated(tokens('The nursery class did not run this year.'))).toBe(true);
  });

  it('is not negated by a clause after it, nor by "no" after its verb', () => {
    expect(
      mainClauseNegated(
        tokens(
          'And the flying school had its busiest autumn ever, as people who couldn’t travel abroad learned to fly.',
        ),
      ),
    ).toBe(false);
    expect(
      mainClauseNegated(tokens('There were no other nominations and she was elected unopposed.')),
    ).toBe(false);
  });

  it('has the subject before its verb', () => {
    expect([
      ...mainSubject(tokens('With great regret, the Autumn Steam Gala will not take place.')),
    ]).toEqual(['autumn', 'steam', 'gala']);
  });

  it('reads the head an existential question asks of, not a phrase after it', () => {
    expect(existentialHead(tokens('Was there a nursery class at the 2021 trial?'))).toBe('class');
    expect(existentialHead(tokens('Is there a Steam Gala this year?'))).toBe('gala');
    expect(existentialHead(tokens('Did the gala happen?'))).toBeNull();
  });
});

describe('a yes/no question whether a thing took place', () => {
  let corpus: ExtractiveCorpus;
  beforeAll(async () => {
    corpus = createExtractiveCorpus(
      {
        '001_news.md': ` date 2020-06-01 Railway news

The railway reopened on 11 July after the lockdown. With great regret, the Autumn Steam Gala will not take place this year. The nursery class did not run this year, but it will be back in 2022. The Santa Specials will run as usual.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
  });

  it('says "No" when the main clause denies the thing', () => {
    expect(corpus.ask('Did the Autumn Steam Gala happen in 2020?').answer).toMatch(/^No \[1\]/u);
    expect(corpus.ask('Was there a nursery class in 2020?').answer).toMatch(/^No \[1\]/u);
    expect(corpus.ask('Is there a Steam Gala this year?').answer).toMatch(/^No \[1\]/u);
  });

  it('still says "Yes" when the main clause affirms it', () => {
    expect(corpus.ask('Will the Santa Specials run?').answer).toMatch(/^Yes \[1\]/u);
  });
});
