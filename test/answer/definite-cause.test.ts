/**
 * Why/how: a sentence whose verb of causing has for its subject a definite noun of the asked
 * event ("The flooding was caused by…"), anywhere in the article of the sentence telling the
 * event best, names that event's cause, though it repeats none of the question's names.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '012_accident-report.md': `date 2024-03-02 Accident report summary: loss of a fishing vessel

Summary
At about 6.15am on 14 November 2023, the wooden netter Morwenna Grace began to flood while hauling nets nine miles south-west of Carn Du. The crew of three abandoned the vessel into the liferaft. The vessel sank at about 6.50am.

Findings
- The skipper had owned the vessel since 2004 and held the required certificates.
- The weather was fair, with a light southerly wind.
- The flooding was caused by the failure of a corroded hose clip on the engine's seawater cooling inlet.
- The bilge alarm did not activate.`,
      '009_news.md': `date 2023-11-15 Three rescued as Penmorva boat sinks

Three fishermen were rescued yesterday after the Morwenna Grace sank off Carn Du. The Morwenna Grace was built of wood in 1988.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('a cause said of the event by a definite noun of it', () => {
  it('answers "what caused…?" with the sentence naming the event and the one naming its cause', () => {
    const { answer } = corpus.ask('What caused the Morwenna Grace to flood?');
    expect(answer).toContain('corroded hose clip');
  });
});
