/**
 * "Summarise Peter Hallam's blog post": the article he signs off ("Peter Hallam, managing
 * director" as its last line) is the one meant, not the news story about him; and his
 * signature is no point of the summary.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_news.md': `date 2019-03-12 Peter Hallam to step down as managing director of Wendlow Buses

Peter Hallam is to retire as managing director of Wendlow Buses at the end of March, after 25 years in charge of the family firm.

His daughter, Sarah Okonjo, will take over the business, which runs 36 buses from its depot in Ashcombe.`,
      '002_blog.md': `date 2018-06-30 Seventy years on the road

I was asked the other day what my grandfather would make of the company now. He ran one bus, a Bedford OB, on market days from Ashcombe to Thornbury.

My father took over in 1971 and turned a one-man band into a proper bus company. I started in 1981, washing buses at the depot on a Saturday.

To mark our seventieth year, we are holding an open day at the Ashcombe depot on Saturday 14 July, with vintage buses and free rides.

Peter Hallam, managing director`,
      '003_blog.md': `date 2017-09-10 A year on the bikes

I signed up for the bike-share scheme last August, after my car failed its MOT. My commute takes fourteen minutes and costs about 14p a ride.

The bikes are heavy, and the docking station by the Civic Offices is often full at 8.45am, which means riding on to Market Square.

Posted by Owen Tranter, planning officer, Calderbridge`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('a summary of a piece named by the writer who signs it off', () => {
  it('is of the article his closing signature names, not the one about him', () => {
    const { answer, citations, refused } = corpus.ask(
      "Summarise Peter Hallam's blog post for the seventieth anniversary",
    );
    expect(refused).toBe(false);
    expect(answer).toContain('Bedford OB');
    expect(citations.every((citation) => citation.docId === '002_blog')).toBe(true);
  });

  it('reads "Posted by" before the name, and leaves the signature out of the points', () => {
    const { answer, citations, refused } = corpus.ask("Summarise Owen Tranter's blog post");
    expect(refused).toBe(false);
    expect(citations.every((citation) => citation.docId === '003_blog')).toBe(true);
    expect(answer).toContain('fourteen minutes');
    expect(answer).not.toContain('Posted by');
  });
});
