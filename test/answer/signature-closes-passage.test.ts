/**
 * A signature closes the passage it signs: "Kerry-Ann Maitland, former chair, Ferncliff
 * Parents' Association" under a letter names no one of the editor's note after it, so the note
 * ("…its chief executive's pay is published…") does not answer who the chief executive is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_letters.txt': `date 2023-04-14 Letters to the editor

FERNCLIFF: ONE YEAR ON

Readers may like to know that the old Ferncliff Primary building, empty since last July, is still for sale. A year later there is a "For Sale" sign and a broken window.

Kerry-Ann Maitland, former chair, Ferncliff Parents' Association

-----

Editor's note: The Caldermouth Water Authority says its chief executive's pay is published in its annual report, due in June.`,
      '002_brief.txt': `date 2025-02-10 News in brief

Caldermouth Water Authority customers will pay 5.2 per cent more from 1 April, the utilities commission confirmed this week. Chief executive Imogen Strand said the Kellow treatment works upgrade was "on time and slightly under budget".`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('a signature and the sentence after it', () => {
  it('lends that sentence no answer', () => {
    const { answer } = corpus.ask('Who is chief executive of the Caldermouth Water Authority?');
    expect(answer).not.toContain('Maitland');
    expect(answer).toMatch(/^Imogen Strand/u);
  });
});
