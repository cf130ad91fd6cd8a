/**
 * A yes/no question's subject may be left by the sentence to what comes before it: the
 * article's title, or a sentence before that a pronoun points back to. Its predicate must
 * still be the sentence's own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { questionSubject } from '../../src/answer/compose/compose-yes-no.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();

describe('questionSubject', () => {
  it.each([
    ['Is the new play area open every day?', ['new', 'play', 'area']],
    ['Is Larkspur 3.0 still under the MIT licence?', ['larkspur', '3', '0']],
    ['Is Daniel Okwuosa the first director of the museum?', ['daniel', 'okwuosa']],
    ['Who opened the play area?', []],
  ])('%s → %j', (question, expected) => {
    expect(questionSubject(parser.parse(question).tokens)).toEqual(expected);
  });
});

describe('a "Yes" whose subject the context names', () => {
  let corpus: ExtractiveCorpus;
  beforeAll(async () => {
    corpus = createExtractiveCorpus(
      {
        '001_museum.md': `# Museum names its new director

The Dunmere Museum has appointed Dr Daniel Okwuosa as its director. Dr Okwuosa joins from the Tyneside Science Centre, where he led the learning team. He is the museum's first director to come from a science centre.`,
        '002_park.md': `# Village green news

The new play area on the green was opened by the mayor on Saturday. The play area is open from 8am until dusk every day.`,
        '003_club.md': `# Rowing club annual meeting

Alice Carter was elected treasurer of the rowing club. The club's new chair is the first to come from a science centre.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
  });

  it('takes a name from the sentence before through its pronoun', () => {
    const response = corpus.ask(
      'Is Daniel Okwuosa the first director of the museum to come from a science centre?',
    );
    expect(response.answer).toMatch(/^Yes \[1\]/u);
  });

  it("takes the subject's words from the sentence before", () => {
    const response = corpus.ask('Is the new play area open every day?');
    expect(response.answer).toMatch(/^Yes \[1\]/u);
  });

  it('does not take a name from a sentence before without a pronoun pointing back', () => {
    const response = corpus.ask(
      "Is Alice Carter the rowing club's first chair to come from a science centre?",
    );
    expect(response.answer).not.toMatch(/^Yes/u);
  });
});
