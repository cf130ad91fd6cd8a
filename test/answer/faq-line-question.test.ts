/**
 * An FAQ writes each question on a line of its own with its answer on the next line, no blank
 * line between ("Why is there a ban?" then "This has been the driest summer…"): asked why with
 * the FAQ's own "why", what follows the question answers it, though the question leaves its
 * topic to the title.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_hosepipe-ban.md': `Hosepipe ban: your questions answered
Aldmoor Water is introducing a hosepipe ban from Friday 19 August 2022. Here we answer the questions customers are asking most.

Why is there a ban?
This has been the driest summer in our region since records began in 1885. Greystone Reservoir is at 38% of capacity.

Who does it apply to?
All 1.3 million of our customers across the whole of our supply area.

What can I still do?
You can still use a watering can or a bucket filled from the tap. Blue Badge holders can continue to use a hosepipe.

Are there any exemptions?
Businesses can carry on using water for commercial purposes.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('an FAQ question on its own line', () => {
  it('is answered by the lines after it', () => {
    const response = corpus.ask('Why did Aldmoor Water bring in a hosepipe ban in August 2022?');
    expect(response.refused).toBe(false);
    expect(response.answer).toContain('driest summer');
  });
});
