/**
 * An acronym the question types ("the 2017 AGM") names an article whose title spells it out
 * ("Minutes of the Annual General Meeting 2017"), in every sentence of it, though the article
 * never writes the acronym; spelled out in a story only, it names nothing else of the story.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_minutes.md': `date 2017-03-28 Minutes of the Annual General Meeting 2017

The meeting opened at 7.30pm with 48 members present.

The treasurer reported a deficit of £1,200 on the year.`,
      '002_news.md': `date 2018-03-30 Orchestra news

At this year's AGM the members thanked the outgoing treasurer, who reported a surplus of £900.`,
      '003_report.md': `date 2019-05-10 Committee news

Members will vote on the new rules at the annual general meeting in June 2019.

The choir sang at three weddings in April, and the new robes arrived at last.

At the committee meeting in May 2019 the treasurer reported a deficit of £2,500 on the year.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('an acronym spelled out by a title', () => {
  it('names every sentence of the article', () => {
    const response = corpus.ask('What deficit did the treasurer report at the 2017 AGM?');
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/^£1,200/u);
  });

  it('spelled out in a story only, does not name the rest of it (another meeting)', () => {
    const response = corpus.ask('What deficit did the treasurer report at the 2019 AGM?');
    expect(response.answer).not.toMatch(/^£2,500/u);
  });
});
