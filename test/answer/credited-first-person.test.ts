/**
 * An article's credit lines say who its "we" is: a group writing as one ("*From the Hollin
 * Farm blog…*") is named by them, so a question naming the group is answered from the
 * article's "we" sentences, though its text never names it. (Three posts credit the farm's blog,
 * so its name points to no one article.) A writer's "I" is a person, and a name the credits do
 * not write whole is another's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';
import { parseSourceDocument } from '../../src/ingest/load-documents.js';
import { creditedWriter } from '../../src/answer/evidence/credited-writer.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_blog.md': `date 2017-10-20 Vintage 2017: small but bright

*From the Hollin Farm blog, written by Gwen Marsh*

The harvest is in, and it is a small one after the April frost.

After a long look at the numbers, we have decided to install two permanent frost fans over the lower blocks. The pair will cost £68,000 including installation, a large sum for a farm of our size.`,
      '002_frost.md': `date 2017-04-28 Frost hits the county's vineyards

Hollin Farm lost much of its crop to the frost of 20 April, the worst in the county since 1997.`,
      '004_blog.md': `date 2018-10-02 Vintage 2018: a record

*From the Hollin Farm blog, written by Gwen Marsh*

We picked 158 tonnes of grapes this year, a record for the farm.`,
      '005_blog.md': `date 2019-10-05 Vintage 2019: rain at the end

*From the Hollin Farm blog, written by Gwen Marsh*

We picked 120 tonnes of grapes this year, most of them before the October rain.`,
      '003_band.md': `date 2019-05-10 Spring newsletter

*Alderbrook Symphony Orchestra — members' newsletter*

We are delighted to report that the county council has awarded us £22,000 a year for two seasons.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('credit lines naming the "we" of an article', () => {
  it('answer a question naming the group credited', () => {
    const response = corpus.ask(
      'What was the price of the two frost fans Hollin Farm ordered after the 2017 frost?',
    );
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/^£68,000/u);
  });

  it('name only what they write whole', () => {
    const response = corpus.ask('How much was the Alderbrook Youth Orchestra awarded?');
    expect(response.answer).not.toMatch(/^£22,000/u);
  });
});

describe('creditedWriter', () => {
  const blog = parseSourceDocument(
    '/corpus/002_fans.md',
    `date 2023-06-02 Our season review

*Posted by Gaz Mullen on 2 June 2023 · The Fellgate End, a Rovers fan blog*

Castlemere won the league with 91 points, I suppose. We went to every game.`,
  );

  it('names the "we" of a sentence by the credit lines', () => {
    expect(creditedWriter('We went to every game.', blog, ['fellgate', 'end'])).toBe(true);
  });

  it('does not name a writer\'s "I", nor a "we" quoted', () => {
    expect(creditedWriter('Castlemere won, I suppose.', blog, ['fellgate', 'end'])).toBe(false);
    expect(creditedWriter('"We were robbed," said Pryce.', blog, ['fellgate', 'end'])).toBe(false);
  });

  it('names only what the credits write whole', () => {
    expect(creditedWriter('We went to every game.', blog, ['fellgate', 'park'])).toBe(false);
  });
});
