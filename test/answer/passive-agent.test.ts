/**
 * The doer of a verb asked with "who"/"which <noun>" when the sentence writes the verb in
 * the passive: the name after "by", not one before the verb.
 */
import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { asksDoer } from '../../src/answer/analyze/asks-doer.js';
import { doersOf } from '../../src/answer/evidence/passive-agent.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();

describe('asksDoer', () => {
  it.each([
    ['Who opened the Sorrel Bridge?', true],
    ['Which company built the app?', true],
    ['What Dutch firm bought the ferry line?', true],
    ['Who was the bridge opened by?', false],
    ['Who did the council appoint?', false],
    ['What is the span of the bridge?', false],
  ])('%s → %s', (question, expected) => {
    expect(asksDoer(parser.parse(question).tokens)).toBe(expected);
  });
});

describe('doersOf', () => {
  it('spans the words after "by" that follows the verb, up to the next verb', () => {
    const { tokens } = parser.parse(
      'The bridge across the river Tamsin was opened in 1904 by the mayor, Edwin Crake, and it carried trams.',
    );
    const verb = tokens.findIndex((token) => token.normal === 'opened');
    const [span] = doersOf(tokens, [verb]);
    expect(span).toBeDefined();
    const words = tokens.slice(span![0], span![1]).map((token) => token.text);
    expect(words).toContain('Crake');
    expect(words).not.toContain('Tamsin');
    expect(words).not.toContain('trams');
  });

  it('reads on past a participle a hyphen joins to a word ("Amsterdam-based"): a compound adjective, not the next verb', () => {
    const { tokens } = parser.parse(
      'Fernlight Labs has raised $24 million in a Series B round led by Amsterdam-based Northstar Growth, and released version 3.0.',
    );
    const verb = tokens.findIndex((token) => token.normal === 'led');
    const [span] = doersOf(tokens, [verb]);
    const words = tokens.slice(span![0], span![1]).map((token) => token.text);
    expect(words).toContain('Northstar');
    expect(words).not.toContain('version');
  });

  it('finds no doer for a verb without "by" after it', () => {
    const { tokens } = parser.parse('The mayor opened the bridge in 1904.');
    const verb = tokens.findIndex((token) => token.normal === 'opened');
    expect(doersOf(tokens, [verb])).toEqual([]);
  });
});

describe('the short answer to "who <verb>…"', () => {
  it('is the doer after "by", not a name nearer the verb', async () => {
    const lexicon = await loadPackagedWordVectors();
    const corpus = createExtractiveCorpus(
      {
        '001_bridge.txt': `The Sorrel Bridge

The Sorrel Bridge across the river Tamsin was opened in 1904 by the mayor of Ashby, Edwin Crake, after five years of construction.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Who opened the Sorrel Bridge?');
    expect(response.answer).toMatch(/^Edwin Crake \[1\]/u);
  }, 60_000);
});

describe('the doer after "by" whose name a place also bears', () => {
  it('answers "who <verb>…" as the verb\'s doer, though its words name a city elsewhere', async () => {
    const lexicon = await loadPackagedWordVectors();
    const corpus = createExtractiveCorpus(
      {
        '001_power.txt': `Harbour switches on shore power

The figures were released on the day the harbour's new shore power system was officially switched on by local MSP Kirsty Dallas.

Harbourmaster Tomasz Wilk said the system would cut fuel bills for the fleet.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Who switched on the shore power system?');
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/^[^\n]*Kirsty Dallas \[1\]/u);
  }, 60_000);
});
