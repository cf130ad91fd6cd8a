import { describe, expect, it } from 'vitest';
import {
  WITHIN_DOCUMENTS,
  withinDocumentQuery,
} from '../../src/answer/analyze/within-document-query.js';
import type { QuestionTerm } from '../../src/answer/analyze/question-types.js';
import type { RetrievedPassage } from '../../src/ingest/document-types.js';

const term = (token: string, name = false, primary = true): QuestionTerm => ({
  token,
  lemma: token,
  weight: 1,
  primary,
  name,
});
const passage = (docId: string) => ({ chunk: { docId } }) as unknown as RetrievedPassage;
const constraints = (names: string[][]) => ({ years: [], quarters: [], numbers: [], names });

describe('the search inside the articles found', () => {
  const found = ['a', 'a', 'b', 'c', 'd', 'e'].map(passage);

  it("searches the question's other words inside the first articles found", () => {
    const query = withinDocumentQuery(
      {
        terms: [term('budget'), term('hollow', true), term('meridian', true)],
        constraints: constraints([['hollow', 'meridian']]),
      },
      found,
    );
    expect(query).toEqual({ query: 'budget', docIds: ['a', 'b', 'c'] });
    expect(query?.docIds).toHaveLength(WITHIN_DOCUMENTS);
  });

  it("leaves out a name's words the analysis did not flag as names, and earlier turns' words", () => {
    const query = withinDocumentQuery(
      {
        terms: [term('budget'), term('ember', true), term('forge'), term('sequel', false, false)],
        constraints: constraints([['ember', 'forge']]),
      },
      found,
    );
    expect(query?.query).toBe('budget');
  });

  it('does not search again for a question naming nothing, or asking nothing but names', () => {
    expect(
      withinDocumentQuery({ terms: [term('budget')], constraints: constraints([]) }, found),
    ).toBeNull();
    expect(
      withinDocumentQuery(
        { terms: [term('hollow', true)], constraints: constraints([['hollow']]) },
        found,
      ),
    ).toBeNull();
    expect(
      withinDocumentQuery(
        { terms: [term('budget'), term('hollow', true)], constraints: constraints([['hollow']]) },
        [],
      ),
    ).toBeNull();
  });
});
