/** A piece of writing asked for ("a short profile of…", "what's in the newsletter?") asks a summary. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeCorpusAnalyzer } from '../helpers/fake-corpus-analyzer.js';
import { classifyQuestion } from '../../src/answer/analyze/classify-question.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import type { WordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';

const parser = createTextParser();
const senses = openWordNet();
afterAll(() => senses.close());
let lexicon: WordVectors;
beforeAll(async () => {
  lexicon = await createFakeWordVectors()();
});
const kindOf = (question: string) => {
  const parsed = parser.parse(question);
  return classifyQuestion(parsed.tokens, lexicon, parsed.text, senses).kind;
};

describe('a piece of writing asked for', () => {
  it('asks a summary: "a short profile of…", "an account of…", "what\'s in the newsletter?"', () => {
    expect(kindOf("Give me a short profile of Peggy Henshall's career.")).toBe('summary');
    expect(kindOf("Write a brief account of Elspeth Murdoch's life.")).toBe('summary');
    expect(kindOf("What's in the winter 2023 volunteers' newsletter?")).toBe('summary');
  });

  it('asks no summary of a fact named ("the name of…"), a list, or what a thing holds', () => {
    expect(kindOf('Give me the name of the surgeon who operated.')).not.toBe('summary');
    expect(kindOf('Give me a list of the cities the orchestra visited.')).not.toBe('summary');
    expect(kindOf('Give me a comparison of the 2019 and 2023 seasons.')).not.toBe('summary');
    expect(kindOf("What's in the box?")).not.toBe('summary');
  });

  it('searches neither the noun asked for nor its adjectives', async () => {
    const { analyzer } = await fakeCorpusAnalyzer([], parser, { senses });
    const analysis = analyzer.analyze([
      { role: 'user', content: "Give me a short profile of Peggy Henshall's career." },
    ]);
    const lemmas = analysis.terms.map((term) => term.lemma);
    expect(lemmas).not.toContain('profile');
    expect(lemmas).not.toContain('short');
    expect(lemmas).toContain('career');
  });
});
