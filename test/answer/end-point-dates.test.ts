/** "When…?" answered by a time up to a date ("until 1949"), end to end. */
import { expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

it('answers "when did it stop" with the date a time ran until', async () => {
  const lexicon = await loadPackagedWordVectors();
  const corpus = createExtractiveCorpus(
    {
      '001_bridge.txt': `The Sorrel Bridge

The bridge was built to carry the tramway. Trams crossed it until 1949, when the line closed and buses took over.`,
    },
    { lexicon },
  );
  const response = await corpus.ask('When did trams stop crossing the bridge?');
  expect(response.answer).toMatch(/^until 1949 \[1\]/u);
}, 60_000);
