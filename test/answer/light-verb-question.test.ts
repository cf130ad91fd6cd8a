/**
 * A verb meaning only "do" before a noun ("Who performed the launch ceremony?", "Who carried
 * out the inspection?") is no word to search for: the noun names the event, which a sentence
 * may state by its own verb ("…was launched … by Morag Lennox").
 */
import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { carriedByLightVerb, lightVerbsCarrying } from '../../src/answer/analyze/light-verbs.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();

describe('lightVerbsCarrying', () => {
  it('reads the verbs of doing before a noun, not verbs of their own meaning', () => {
    expect(lightVerbsCarrying(parser.parse('Who performed the launch ceremony?').tokens)).toEqual([
      'perform',
    ]);
    expect(lightVerbsCarrying(parser.parse('Who took the bribes?').tokens)).toEqual([]);
    expect(lightVerbsCarrying(parser.parse('Who performed at the festival?').tokens)).toEqual([]);
  });
});

describe('asked who performed an event', () => {
  it('is answered by the sentence stating the event by its own verb', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_launch.md': `date 2020-10-10 Loch Suinart launched at Ardle

MV Loch Suinart was launched at 2.15pm on Friday 9 October 2020 by Morag Lennox, 71, who spent 28 years as a skipper with Western Isles Ferries.

The choir performed at the ceremony, which managing director Robert Dunmore opened with a speech.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(corpus.ask('Who performed the launch ceremony for the Loch Suinart?').answer).toMatch(
      /^Morag Lennox \[1\]/u,
    );
  }, 60_000);
});

describe('carriedByLightVerb', () => {
  const carried = (sentence: string, noun: string) => {
    const { tokens } = parser.parse(sentence);
    return carriedByLightVerb(
      tokens,
      tokens.findIndex((token) => token.normal === noun),
    );
  };
  it('takes the noun a light verb carries for its event ("went on strike")', () => {
    expect(carried('Around 600 nurses went on strike.', 'strike')).toBe(true);
  });
  it('not a noun after "as", which names a capacity ("takes over as director")', () => {
    expect(
      carried('Anselm Kirby takes over as director from Marisol Quenneville.', 'director'),
    ).toBe(false);
  });
});
