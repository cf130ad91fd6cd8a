/**
 * A three-turn conversation: "Who led the Rust rewrite?" — "What had he written for Larkspur
 * back in 2017?" — "How long did that take him?". The last "him" is whom the second turn's
 * "he" meant (Chris Weller), not the thing that turn named (Larkspur); and "over about four
 * weekends" is a length of time, a count of a unit of time as "three weeks" is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import type { ChatMessage } from '../../src/answer/chat-types.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_release.md': `date 2017-06-20 Larkspur 1.4 is out, with incremental builds

Larkspur 1.4 came out yesterday, and it's the release I've wanted to write since before 1.0: incremental builds. The documentation itself took 48 seconds to rebuild on my laptop before this change.

Thanks to the 24 people who contributed to this release, and especially to Chris Weller, who wrote the dependency graph code over about four weekends and a lot of coffee.

— Hanna Björk, core developer`,
      '002_rust.md': `date 2023-03-02 Larkspur 3.0 ships its Rust core

Larkspur 3.0 replaces its Python build engine with one written in Rust. The rewrite was led by steering committee member Chris Weller, who also wrote Larkspur's original incremental build system in 2017.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('a follow-up whose pronoun the turn before used too', () => {
  it('asks of the person that pronoun meant, and reads "four weekends" as a length of time', () => {
    const messages: ChatMessage[] = [];
    for (const question of [
      'Who led the Rust rewrite for Larkspur 3.0?',
      'What had he written for Larkspur back in 2017?',
    ]) {
      messages.push({ role: 'user', content: question });
      messages.push({ role: 'assistant', content: corpus.ask([...messages]).answer });
    }
    messages.push({ role: 'user', content: 'How long did that take him?' });
    const { answer, refused } = corpus.ask(messages);
    expect(refused).toBe(false);
    expect(answer).toContain('four weekends');
    expect(answer).not.toMatch(/^48 seconds/u);
  });
});
