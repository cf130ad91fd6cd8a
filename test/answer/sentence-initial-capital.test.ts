/**
 * A word capitalised only because it opens its sentence ("Lapwing recovered…", beside
 * "…lapwing numbers fell" in another article) is no name: asked who or where, it is no answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_survey.md': `date 2021-01-18 Bird survey report 2020

Compiled by Tom Ashby and Megan Rourke.

Lapwing recovered slightly after the anti-predator fence went up, but redshank fell back, and the warblers dipped after the hard frost in February.`,
      '002_diary.md': `date 2020-06-01 Ranger's diary

The lapwing numbers fell again this spring after a dry April on the marsh.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a capital that only opens the sentence', () => {
  it('makes no place or person of a word written in lower case elsewhere', () => {
    const { answer } = corpus.ask('Where did Megan Rourke go when she left?');
    expect(answer).not.toMatch(/^Lapwing/u);
  });

  it('still answers a question whose answer may be a common noun ("which bird?")', () => {
    const { answer } = corpus.ask('Which bird recovered after the fence went up?');
    expect(answer).toContain('Lapwing');
  });
});

describe('a first name opening its sentence', () => {
  it('is a name when the article writes it before a surname, in a heading too', async () => {
    const team = createExtractiveCorpus(
      {
        '001_team.md': `date 2019-12-10 Meet the team

It has been a year of changes for our three hotels. We asked colleagues about their work.

**Eileen Trask — General manager**

Eileen joined the group as a receptionist in 1996 and has run The Harbour Crest since 2009. She was named Hotelier of the Year in 2017.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(team.ask('Who runs The Harbour Crest?').answer).toMatch(/^Eileen \[1\]/u);
  });
});
