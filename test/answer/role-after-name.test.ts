/**
 * A role given right after a name — in brackets as minutes list those present ("Dr Helen Marsh
 * (Chief Executive)", a bracket shared by the names listed before it), after "as" ("…and Jean
 * Catterall as secretary"), as a copula's complement ("Sue Mortimer is secretary and…") or with
 * the verb left out ("…and Jean Catterall secretary.") — is that person's office: asked another
 * (by its noun, or by a verb that is one), the person is no answer. A bracketed role capitalised
 * as a title ("(Medical Director)") is no name. A name after the asked role's "of" ("chief
 * executive of Castlebridge University Hospitals") is the office's institution, not its holder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const senses = openWordNet();
afterAll(() => senses.close());
let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_minutes.md': `date 2023-05-10 Wessex Vale Ambulance Service board minutes

Present: Margaret Oyelaran (Chair); Dr Helen Marsh (Chief Executive); Tom Akinola (Director of Operations); Dr Ruth Ingham (Medical Director); Jane Colclough and Peter Vance (Non-Executive Directors).

The board approved the new station at Amberford.`,
      '002_agm.md': `date 2016-10-12 Allotment society annual meeting

Alan Hibbert was re-elected as treasurer and Jean Catterall as secretary. Two new committee members were elected.`,
      '003_agm.md': `date 2019-10-09 Allotment society annual meeting

The officers are unchanged: Alan Hibbert remains treasurer and Jean Catterall secretary.`,
      '004_agm.md': `date 2023-10-11 Allotment society annual meeting

Sue Mortimer is secretary and Alan Hibbert, who has been treasurer since 2011, continues in that role.`,
      '005_newsletter.md': `date 2020-09-30 Staff newsletter

After four years as our chief executive, Dr Helen Marsh left the trust at the end of August to become chief executive of Castlebridge University Hospitals NHS Foundation Trust.

Tom Akinola, our director of operations, has stepped up as interim chief executive while the board recruits a permanent successor.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses },
  );
});

describe('a role given after a name', () => {
  it('keeps the names of other offices out of an answer asked by a verb', () => {
    const response = corpus.ask('Who chaired the trust before Margaret Oyelaran?');
    expect(response.answer).not.toMatch(/Marsh|Akinola|Colclough|Vance|Medical Director/u);
  });

  it('keeps the names of other offices out of an answer asked by a copula', () => {
    const response = corpus.ask('Who was treasurer before Alan Hibbert?');
    expect(response.answer).not.toMatch(/Catterall|Mortimer/u);
  });

  it('answers with the holder of the office asked', () => {
    expect(corpus.ask('Who was elected secretary in 2016?').answer).toMatch(
      /^Jean Catterall \[1\]/u,
    );
    expect(corpus.ask('Who is the chief executive of the ambulance service?').answer).toMatch(
      /^Dr Helen Marsh \[1\]/u,
    );
  });
});

describe('a name after the asked role\'s "of"', () => {
  it('is the institution, not the holder', () => {
    const response = corpus.ask('Who became interim chief executive when Helen Marsh left?');
    expect(response.answer).not.toMatch(/^Castlebridge/u);
    expect(response.answer).toMatch(/^Tom Akinola \[1\]/u);
  });
});
