/**
 * The evidence finder over only what one question touches: the documents of
 * its retrieved passages and the articles it names, read through a
 * `CorpusReader` when the question comes. No structure spans the whole
 * corpus, so a question costs the same in 10 articles or 100,000, and the
 * corpus's text never has to sit on the heap (the embedded store reads it
 * from disk).
 */
import type { Chunk, SourceDocument } from '../../ingest/document-types.js';
import {
  createEvidenceFinder,
  type EvidenceFinder,
  type EvidenceFinderOptions,
} from './find-evidence.js';
import { createBagCache } from './term-matcher.js';
import { createTextCache } from '../../text/text-cache.js';
import { createNameKind } from './name-kind.js';

/** Whole documents and their chunks, read on demand (synchronously: the answer engine is). */
export interface CorpusReader {
  /** The document with its text; undefined when unknown. */
  document(docId: string): SourceDocument | undefined;
  /** Every chunk of the document, in chunk order. */
  chunksOf(docId: string): readonly Chunk[];
}

/**
 * Most articles a question may name before its reference is taken as a
 * filter on what retrieval found rather than a list of articles to read
 * whole: "the Dawn piece" in a corpus of 2,000 Dawn articles names none of
 * them. It is the most passages evidence draws on (a list's or summary's
 * retrieval depth), above any eval corpus's size.
 */
export const MAX_NAMED_DOCUMENTS = 20;

/** A reader over documents and chunks held in memory (the PostgreSQL snapshot, tests). */
export function createMemoryCorpusReader({
  documents,
  chunks,
}: {
  documents: readonly SourceDocument[];
  chunks: readonly Chunk[];
}): CorpusReader {
  const byId = new Map(documents.map((document) => [document.docId, document]));
  const chunksById = new Map<string, Chunk[]>();
  for (const chunk of chunks) {
    const list = chunksById.get(chunk.docId);
    if (list) list.push(chunk);
    else chunksById.set(chunk.docId, [chunk]);
  }
  return {
    document: (docId) => byId.get(docId),
    chunksOf: (docId) => chunksById.get(docId) ?? [],
  };
}

export function createScopedEvidenceFinder({
  reader,
  ...options
}: Omit<EvidenceFinderOptions, 'documents' | 'chunks'> & { reader: CorpusReader }): EvidenceFinder {
  // Sentences come back question after question; their bags and words are made once
  // (word sets hold ≈ 7 bytes of heap a character of text: ≈ 4 MB); names are typed once.
  const bags = options.bags ?? createBagCache();
  const words = options.words ?? createTextCache<Set<string>>({ maxCharacters: 500_000 });
  // An article's lower-case words (≈ 4–6 bytes of heap a character of its text: ≈ 1.5 MB).
  const lowercase = options.lowercase ?? createTextCache<Set<string>>({ maxCharacters: 250_000 });
  // The words an article capitalises inside sentences, read for a lone word opening one.
  const capitals = options.capitals ?? createTextCache<Set<string>>({ maxCharacters: 250_000 });
  const nameKind = options.nameKind ?? createNameKind(options.lexicon);
  return {
    find({ analysis, passages }) {
      const retrieved = new Set(passages.map((passage) => passage.chunk.docId));
      const named =
        analysis.documents.length > MAX_NAMED_DOCUMENTS
          ? analysis.documents.filter((docId) => retrieved.has(docId))
          : analysis.documents;
      const scoped = named === analysis.documents ? analysis : { ...analysis, documents: named };
      const documents = [...new Set([...retrieved, ...named])].flatMap(
        (docId) => reader.document(docId) ?? [],
      );
      const chunks = documents.flatMap((document) => reader.chunksOf(document.docId));
      return createEvidenceFinder({
        ...options,
        bags,
        words,
        lowercase,
        capitals,
        nameKind,
        documents,
        chunks,
      }).find({
        analysis: scoped,
        passages,
      });
    },
  };
}
