/**
 * A participle in "-ing" between a determiner and a noun ("the glamping pods", "the booking
 * office") is an adjective of the noun, not the question's verb: "Which firm built the glamping
 * pods?" asks who built them, and a sentence saying the pods opened somewhere states no building.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { attributiveParticiple, createTextParser } from '../../src/answer/analyze/parse-text.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();

describe('attributiveParticiple', () => {
  it('holds for "-ing" and "-ed" participles after a determiner, before a noun', () => {
    const tokens = parser.parse('Which firm built the glamping pods?').tokens;
    const at = tokens.findIndex((token) => token.normal === 'glamping');
    expect(tokens[at]!.pos).toBe('VERB');
    expect(attributiveParticiple(tokens, at)).toBe(true);
    const built = tokens.findIndex((token) => token.normal === 'built');
    expect(attributiveParticiple(tokens, built)).toBe(false);
  });
});

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_pods.md': `# Glamping pods open at Westwater

Date: 15 May 2021

LUDCOMBE: Eight glamping pods opened at Westwater Farm Holiday Park on Friday 14 May, eight months after councillors approved the scheme. The pods, which stand in a row along the upper paddock with views down the valley, were built by Ashcombe Timber Ltd of Okehampton and cost £212,000 in total.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a participle before the noun asked about', () => {
  it('is no verb the answer must state: the one who did the asked verb answers', () => {
    expect(corpus.ask('Which firm built the glamping pods?').answer).toMatch(
      /^Ashcombe Timber Ltd/u,
    );
  });
});
