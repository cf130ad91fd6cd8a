/**
 * Why/how: a sentence naming the cause of what its pronoun stands for ("it was caused by an
 * electrical fault"), right after one about the event asked, explains the event though it
 * repeats none of its words; it is read with the sentence naming the event.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_fire.md': `date 2021-11-04 Fire guts Regent cinema's projection box

Castlebridge's Regent cinema faces months of closure after a fire broke out in its projection box late last night.

Four fire engines and 28 firefighters attended, and the blaze at the Regent was under control by 1.30am.

Station manager Carl Dobson said the fire appeared to have started accidentally. "Our early view is that it was caused by an electrical fault in the projection box," he said.`,
      '002_reopening.md': `date 2022-10-08 Regent reopens

The Regent reopened on Friday, eleven months after the fire, with 356 seats instead of 412.

The Regent will have a new 35mm projector, as the old one was destroyed in the fire.

Two years after a fire almost ended its story, the Regent is having its best year since the 1950s.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('a cause named of what a pronoun stands for', () => {
  it('answers "what caused…?" with the sentence naming the event before it', () => {
    const { answer } = corpus.ask('What caused the fire at the Regent?');
    // The cause and the sentence it leans on lead the answer, not the sentences repeating the
    // event's words.
    const [first, second] = answer.split(/\s*\[\d+\]\s*/u);
    expect(first).toContain('appeared to have started accidentally');
    expect(second).toContain('electrical fault');
  });
});
