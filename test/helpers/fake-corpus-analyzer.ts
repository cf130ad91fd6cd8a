/**
 * Documents chunked, with the fake word vectors and a question analyzer over their catalogue:
 * the set-up of the evidence finder's tests that build their own corpus.
 */
import { createQuestionAnalyzer } from '../../src/answer/analyze/analyze-question.js';
import { createDocumentCatalogue } from '../../src/answer/analyze/document-catalogue.js';
import type { TextParser } from '../../src/answer/analyze/parse-text.js';
import { chunkDocuments } from '../../src/ingest/chunk-documents.js';
import type { SourceDocument } from '../../src/ingest/document-types.js';
import type { WordNet } from '../../src/text/wordnet.js';
import { createFakeWordVectors } from './fake-word-vectors.js';

/** With no documents, a question analyzer that reads the conversation alone. */
export async function fakeCorpusAnalyzer(
  documents: SourceDocument[],
  parser: TextParser,
  { senses }: { senses?: WordNet } = {},
) {
  const chunks = chunkDocuments(documents);
  const lexicon = await createFakeWordVectors()();
  const analyzer = createQuestionAnalyzer({
    parser,
    lexicon,
    catalogue: createDocumentCatalogue(documents),
    specificity: () => 1,
    ...(senses ? { senses } : {}),
  });
  return { chunks, lexicon, analyzer };
}
