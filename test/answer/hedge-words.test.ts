/**
 * An adverb right before the interrogative ("roughly how many…") hedges the answer asked for;
 * it is no word the evidence must hold.
 */
import { describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

describe('a hedge before the interrogative', () => {
  it('is not searched for, and the figure is answered', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_club.md': `date 2023-05-02 Lamplighter news, May 2023

The membership scheme had about 1,150 members when Leon Marsh retired in April 2023.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const question = 'roughly how many members did the membership scheme have when Leon retired';
    const analysis = corpus.analyzer.analyze([{ role: 'user', content: question }]);
    const lemmas = analysis.terms.map((term) => term.lemma);
    expect(lemmas).not.toContain('roughly');
    expect(lemmas).toContain('member');
    // An adverb before a subordinate clause's "when" is no hedge.
    const inside = corpus.analyzer.analyze([
      { role: 'user', content: 'What was Leon studying back when he joined the scheme?' },
    ]);
    expect(inside.terms.map((term) => term.lemma)).toContain('back');
    expect(corpus.ask(question).answer).toMatch(/^about 1,150 members \[1\]|^1,150 members \[1\]/u);
  }, 60_000);
});
