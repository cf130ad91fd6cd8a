/**
 * The embedded store's corpus as the doors and the answer engine see it,
 * without its text on the heap: documents whose metadata is at hand and
 * whose text (file text, cleaned text, paragraphs, metadata lines) is read
 * from the store on first use, through a small cache of whole documents;
 * chunks whose id and document are at hand and the rest read on use.
 */
import { LRUCache } from 'lru-cache';
import { AppError } from '../errors/app-error.js';
import type { Chunk, SourceDocument } from '../ingest/document-types.js';
import type { StoredDocumentSummary } from './corpus-store.js';
import type { SqliteCorpusStore } from './sqlite-corpus-store.js';

/** Fields of a document read from the store when first used. */
const TEXT_FIELDS = [
  'path',
  'fileText',
  'cleanText',
  'paragraphs',
  'metadata',
  'pageStarts',
] as const;

export interface StoredCorpus {
  /** The whole document (cached): what the answer engine reads a question's evidence from. */
  read(docId: string): SourceDocument | undefined;
  /** Every chunk of a document, in order. */
  chunksOf(docId: string): readonly Chunk[];
  /** Documents in the given order, their text read on use. */
  documents(summaries: StoredDocumentSummary[]): SourceDocument[];
  /** Every chunk of the store, the rest of each read on use. */
  chunks(summaries: StoredDocumentSummary[]): Chunk[];
  /** Forgets cached text: after a change to the store. */
  forget(): void;
}

export function createStoredCorpus(
  store: SqliteCorpusStore,
  { cacheSize = 64 }: { cacheSize?: number } = {},
): StoredCorpus {
  const cache = new LRUCache<string, SourceDocument>({ max: cacheSize });
  // A document's chunks as well: the evidence finder reads them for every question that
  // touches the document, and reading and checking the rows again was ≈ 7 % of answering in
  // bench:answer's later rounds. Frozen, as they are shared: a reader that tried to change
  // one would throw rather than alter another question's.
  const chunkCache = new LRUCache<string, readonly Chunk[]>({ max: cacheSize });
  const chunksOf = (docId: string) => {
    let chunks = chunkCache.get(docId);
    if (!chunks) {
      chunks = Object.freeze(store.readDocumentChunks(docId).map(freezeChunk));
      chunkCache.set(docId, chunks);
    }
    return chunks;
  };
  const read = (docId: string) => {
    let document = cache.get(docId);
    if (!document) {
      document = store.readDocument(docId);
      if (document) cache.set(docId, document);
    }
    return document;
  };
  const load = (docId: string): SourceDocument => {
    const document = read(docId);
    if (!document)
      throw new AppError('index_corrupt', `The document "${docId}" is no longer in the store.`);
    return document;
  };
  const loadChunk = (docId: string, chunkId: string): Chunk => {
    const chunk = store.readDocumentChunks(docId).find((stored) => stored.chunkId === chunkId);
    if (!chunk)
      throw new AppError('index_corrupt', `The chunk "${chunkId}" is no longer in the store.`);
    return chunk;
  };
  return {
    read,
    chunksOf,
    documents(summaries) {
      // Own, enumerable getters: a spread or JSON copy of the document reads its text too. The
      // same getters for every document (each reads its own docId): 10k documents with a
      // closure per field cost ≈ 100 ms of start-up at 100k chunks.
      const textFields = Object.fromEntries(
        TEXT_FIELDS.map((field) => [
          field,
          {
            enumerable: true,
            get(this: SourceDocument) {
              return load(this.docId)[field];
            },
          },
        ]),
      );
      return summaries.map(({ docId, title, date, source, format }) => {
        const document = { docId, title, date, source, ...(format ? { format } : {}) };
        return Object.defineProperties(document, textFields) as SourceDocument;
      });
    },
    chunks(summaries) {
      const byId = new Map(summaries.map((summary) => [summary.docId, summary]));
      // Ids come in document order: each document's summary is looked up once, and its
      // docId string is shared by its chunks.
      let summary: StoredDocumentSummary | undefined;
      return store.listChunkIds().map((chunkId) => {
        if (!summary || !isChunkOf(chunkId, summary.docId))
          summary = byId.get(chunkId.slice(0, chunkId.lastIndexOf('#')));
        if (!summary)
          throw new AppError(
            'index_corrupt',
            `The chunk "${chunkId}" has no document in the store.`,
          );
        const { docId, title, date, source } = summary;
        return new StoredChunk(chunkId, docId, title, date, source, loadChunk);
      });
    },
    forget: () => {
      cache.clear();
      chunkCache.clear();
    },
  };
}

/** Whether `chunkId` (`<docId>#<n>` or `<docId>#meta`) is a chunk of `docId`. */
function isChunkOf(chunkId: string, docId: string): boolean {
  return (
    chunkId.length > docId.length &&
    chunkId.charCodeAt(docId.length) === 35 /* # */ &&
    chunkId.startsWith(docId) &&
    chunkId.indexOf('#', docId.length + 1) < 0
  );
}

/**
 * A chunk with its id, document and metadata; the rest is read when used. Getters on the
 * prototype (not per object): the server holds one of these per chunk of the corpus.
 */
class StoredChunk implements Chunk {
  constructor(
    readonly chunkId: string,
    readonly docId: string,
    readonly title: string,
    readonly date: string | null,
    readonly source: string | null,
    private readonly load: (docId: string, chunkId: string) => Chunk,
  ) {}
  private get stored(): Chunk {
    return this.load(this.docId, this.chunkId);
  }
  get kind() {
    return this.stored.kind;
  }
  get text() {
    return this.stored.text;
  }
  get searchText() {
    return this.stored.searchText;
  }
  get start() {
    return this.stored.start;
  }
  get end() {
    return this.stored.end;
  }
  get sentences() {
    return this.stored.sentences;
  }
}

/** A chunk and its sentence spans, frozen. */
function freezeChunk(chunk: Chunk): Chunk {
  for (const span of chunk.sentences) Object.freeze(span);
  Object.freeze(chunk.sentences);
  return Object.freeze(chunk);
}
