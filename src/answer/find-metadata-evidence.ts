/**
 * Answers "when was the article about X published?" and "which paper ran
 * it?": find the article the question describes (by its topic words, over
 * the whole document), then quote its date, publisher or author line. If that
 * article states no such line, say so rather than guess.
 */
import type { Chunk, RetrievedPassage } from '../ingest/document-types.js';
import type { QuestionTerm } from './analyze-question.js';
import type { DocumentLookup } from './answerer.js';
import { METADATA_WORDS, metadataKinds, type MetadataAsk } from './detect-metadata-ask.js';
import type { Evidence } from './find-evidence.js';
import type { Bag, TermMatcher } from './term-matcher.js';

export interface MetadataEvidenceOptions {
  ask: MetadataAsk;
  terms: QuestionTerm[];
  passages: RetrievedPassage[];
  lookup: DocumentLookup;
  metadataChunk: (docId: string) => Chunk | undefined;
  matcher: TermMatcher;
  /** The words of a whole article (title and cleaned text), built once per document. */
  documentBag: (docId: string) => Bag | undefined;
  minCoverage: number;
}

const DESCRIBE: Record<MetadataAsk, string> = {
  date: 'publication date',
  source: 'publisher',
  author: 'author',
};

export function findMetadataEvidence({
  ask,
  terms,
  passages,
  lookup,
  metadataChunk,
  matcher,
  documentBag,
  minCoverage,
}: MetadataEvidenceOptions): Evidence {
  const topic = terms.filter((term) => term.primary && !METADATA_WORDS.has(term.token));
  const total = topic.reduce((sum, term) => sum + term.weight, 0);
  const docIds = [...new Set(passages.map((passage) => passage.chunk.docId))];
  const coverageOf = (docId: string) => {
    const bag = documentBag(docId);
    if (!bag || total === 0) return 0;
    return topic.reduce((sum, term) => sum + term.weight * matcher.match(term, bag), 0) / total;
  };
  const ranked = docIds.map((docId, rank) => ({ docId, rank, coverage: coverageOf(docId) }));
  const best = Math.max(0, ...ranked.map((candidate) => candidate.coverage));
  if (best < minCoverage)
    return {
      sentences: [],
      supported: false,
      reason: 'No article in the collection matches that description.',
    };

  const described = ranked
    .filter((candidate) => candidate.coverage >= 0.9 * best)
    .sort((a, b) => b.coverage - a.coverage || a.rank - b.rank);
  for (const candidate of described) {
    const chunk = metadataChunk(candidate.docId);
    const document = lookup(candidate.docId);
    const span = chunk?.sentences.find(
      (line) =>
        document && metadataKinds(document.fileText.slice(line.start, line.end)).includes(ask),
    );
    if (chunk && document && span) {
      const text = document.fileText.slice(span.start, span.end);
      const passage = { chunk, score: 1 };
      return {
        sentences: [
          {
            passage,
            passageRank: candidate.rank,
            span,
            text,
            coverage: candidate.coverage,
            fits: true,
            score: candidate.coverage,
          },
        ],
        supported: true,
      };
    }
  }
  const title = lookup(described[0]!.docId)?.title ?? described[0]!.docId;
  return {
    sentences: [],
    supported: false,
    reason: `The article “${title}” does not state its ${DESCRIBE[ask]}.`,
  };
}
