/**
 * "## 3. Recommendations": ingestion keeps a numbered Markdown heading as a paragraph (a
 * listicle's "## 2. "Brine" (spring)" states facts), and it heads the paragraphs under it too,
 * without its number. "What were the main recommendations of the safety review?" is answered
 * by that section's items; the date written beside "recommendations" elsewhere ("accepted all
 * seven recommendations at a meeting on 18 October 2022") is no type for several things asked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { headingsOf } from '../../src/answer/evidence/section-heading.js';
import { parseSourceDocument } from '../../src/ingest/load-documents.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const REVIEW = `date 2022-10-20 Independent safety review of the Ashburn Hills race crash

## 1. Background

On 15 May 2022, eleven riders crashed at Miller's Bend on the Gallows Bank descent.

## 2. Main findings

The crash was caused by loose gravel washed onto the road after overnight rain. Only 41 of 96 marshal points had radios.

## 3. Recommendations

The review makes seven recommendations. The principal ones are:

1. The Gallows Bank descent should be removed from the race route.
2. The club should appoint a dedicated race safety officer.
3. A second ambulance should be stationed on the course.

## 4. Club response

The club committee accepted all seven recommendations at a meeting on 18 October 2022. The recommendations were published on 20 October 2022 and will cost about £9,000 a year.`;

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    { '006_review.md': REVIEW },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a numbered Markdown heading', () => {
  it('heads the paragraphs after it, without its number', () => {
    const document = parseSourceDocument('/x/006_review.md', REVIEW);
    const item = REVIEW.indexOf('The club should appoint');
    expect(headingsOf(document)(item)).toBe('Recommendations');
    expect(headingsOf(document)(REVIEW.indexOf('Only 41 of 96'))).toBe('Main findings');
  });

  it('but another heading kept as a paragraph, a labelled fact, heads nothing', () => {
    const text = `date 2023-01-10 Winter work parties

## Practical details

Bring gloves and a flask.

## New this year: volunteer drivers

We are looking for two volunteers to drive the minibus.`;
    const document = parseSourceDocument('/x/006_parties.md', text);
    expect(headingsOf(document)(text.indexOf('We are looking'))).not.toContain('volunteer drivers');
  });

  it('names the section a question asks for by its plural noun', () => {
    const { answer } = corpus.ask('What were the main recommendations of the safety review?');
    expect(answer).toMatch(/^3 found:/u);
    expect(answer).toContain('A second ambulance should be stationed');
    expect(answer).not.toContain('18 October 2022');
  });
});
