/**
 * What the store receives for documents: each one chunked, every chunk
 * embedded (in batches, with progress), with the document's content hash.
 * The one path from documents to `DocumentRecord`s, for a full build, the
 * start-up sync and live updates alike.
 */
import { chunkDocuments, searchTextOf, type ChunkingOptions } from '../ingest/chunk-documents.js';
import type { Chunk, SourceDocument } from '../ingest/document-types.js';
import type { Embedder } from '../embed/embedder.js';
import type { CorpusStore, DocumentRecord } from './corpus-store.js';
import { hashDocument } from './index-manifest.js';

/** Chunks of each document, in the documents' order. */
export function chunkEach(
  documents: SourceDocument[],
  chunking: Required<ChunkingOptions>,
): Chunk[][] {
  return documents.map((document) => chunkDocuments([document], chunking));
}

export async function createDocumentRecords({
  documents,
  chunksOf = chunkEach(documents, { maxChars: 600, overlapSentences: 1 }),
  embedder,
  vectors: given,
  batchSize = 64,
  onEmbedded = () => {},
}: {
  documents: SourceDocument[];
  /** The documents' chunks, when already cut (`chunkEach`). */
  chunksOf?: Chunk[][];
  embedder: Embedder;
  /** The chunks' embeddings by `embedder`, when already computed (in chunk order). */
  vectors?: number[][];
  batchSize?: number;
  onEmbedded?: (done: number, total: number) => void;
}): Promise<DocumentRecord[]> {
  const texts = given ? [] : chunksOf.flat().map(searchTextOf);
  const vectors: number[][] = given ?? [];
  for (let start = 0; start < texts.length; start += batchSize) {
    vectors.push(...(await embedder.embedDocuments(texts.slice(start, start + batchSize))));
    onEmbedded(vectors.length, texts.length);
  }
  if (given) onEmbedded(given.length, given.length);
  let next = 0;
  return documents.map((document, index) => {
    const chunks = chunksOf[index]!;
    const record = {
      document,
      contentHash: hashDocument(document),
      chunks,
      vectors: vectors.slice(next, next + chunks.length),
    };
    next += chunks.length;
    return record;
  });
}

/**
 * One change to the store: `upsert` chunked and embedded, then written with the
 * removals in a single `apply`. Returns the records written.
 */
export async function writeDocuments({
  store,
  embedder,
  chunking,
  upsert = [],
  remove = [],
}: {
  store: Pick<CorpusStore, 'apply'>;
  embedder: Embedder;
  chunking: Required<ChunkingOptions>;
  upsert?: SourceDocument[];
  remove?: string[];
}): Promise<DocumentRecord[]> {
  const records = await createDocumentRecords({
    documents: upsert,
    chunksOf: chunkEach(upsert, chunking),
    embedder,
  });
  await store.apply({ upsert: records, remove });
  return records;
}
