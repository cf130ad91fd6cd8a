/**
 * What the model is shown, by kind of question: a summary of one article gets
 * that article whole (in order), lists, comparisons and topic summaries get
 * every passage retrieved for them, other questions the top passages.
 */
import type { RetrievedPassage } from '../../ingest/document-types.js';
import type { AnswerInput } from '../answerer.js';

/** Most passages of one article shown for its summary. */
const MAX_ARTICLE_PASSAGES = 12;

export function contextPassages({ passages, evidence }: AnswerInput): RetrievedPassage[] {
  const analysis = evidence?.analysis;
  if (!evidence || !analysis) return passages;
  const docId = analysis.documents[0];
  if (analysis.kind === 'summary' && docId && analysis.documents.length === 1) {
    const chunks = [
      ...new Map(
        evidence.sentencesOf(docId).map((sentence) => [sentence.chunk.chunkId, sentence.chunk]),
      ).values(),
    ];
    if (chunks.length > 0)
      return chunks.slice(0, MAX_ARTICLE_PASSAGES).map((chunk) => ({ chunk, score: 1 }));
  }
  return passages;
}
