/**
 * "List the groups…" asks for a list; "the co-op's waiting list" names a thing to look for:
 * "list" after a noun or a gerund heads a compound, and stays among the question's terms.
 */
import { describe, expect, it } from 'vitest';
import { createQuestionAnalyzer } from '../../src/answer/analyze/analyze-question.js';
import { createDocumentCatalogue } from '../../src/answer/analyze/document-catalogue.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';

describe('"list" in a question', () => {
  const termsOf = async (question: string) => {
    const analyzer = createQuestionAnalyzer({
      parser: createTextParser(),
      lexicon: await createFakeWordVectors()(),
      catalogue: createDocumentCatalogue([]),
      specificity: () => 1,
    });
    return analyzer.analyze([{ role: 'user', content: question }]).terms.map((term) => term.lemma);
  };

  it('is a word to find when it heads a compound ("waiting list", "price list")', async () => {
    expect(await termsOf("How many households were on the co-op's waiting list?")).toContain(
      'list',
    );
    expect(await termsOf('What was on the price list in 2019?')).toContain('list');
  });

  it('asks for a list otherwise', async () => {
    expect(await termsOf('List the groups named in the articles.')).not.toContain('list');
    expect(await termsOf('Give me a list of the ships launched.')).not.toContain('list');
  });
});
