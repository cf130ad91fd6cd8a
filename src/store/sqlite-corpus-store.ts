/**
 * The embedded backend (the default, no server): documents, chunk text,
 * metadata and lexical search (FTS5 BM25) in one SQLite file through
 * better-sqlite3, vectors in an hnswlib graph whose labels are the chunks'
 * row ids. A change is one SQLite transaction followed, in the same
 * synchronous step, by the graph's markDelete/addPoint, so no reader ever
 * sees half of it; the graph is then saved beside the database.
 */
import { INGEST_VERSION } from '../ingest/ingest-version.js';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import type { Chunk, SourceDocument } from '../ingest/document-types.js';
import type {
  ChunkHit,
  CorpusChange,
  CorpusFilters,
  CorpusSettings,
  CorpusStore,
  StoredDocumentSummary,
} from './corpus-store.js';
import { filterSql, hasFilters } from './filter-sql.js';
import { toFtsQuery } from './fts-query.js';
import { chunkWords, titleWords } from './chunk-words.js';
import { configureDatabase, SCHEMA, SCHEMA_VERSION, UPGRADABLE_SCHEMAS } from './sqlite-schema.js';
import {
  fromChunkRow,
  fromDocumentKeysRow,
  fromDocumentRow,
  fromVectorBlob,
  toDocumentKeysRow,
  toDocumentRow,
  toVectorBlob,
  type ChunkRow,
  type DocumentKeysRow,
  type DocumentRow,
  type DocumentSummaryRow,
  type FileStampRow,
} from './sqlite-rows.js';
import { loadVectorGraph, rebuildVectorGraph, saveVectorGraph } from './vector-graph-file.js';
import { DEFAULT_HNSW, type HnswParameters, type VectorStore } from './vector-store.js';
import { validateChange } from './validate-change.js';
import { rescoreBm25 } from './bm25-rescore.js';
import { createFtsBm25Ranker } from './fts-bm25-top.js';
import { parseFtsAverages } from './fts-averages.js';
import { createSqliteTermPostings } from './sqlite-term-postings.js';
import { refillChunkTerms } from './refill-chunk-terms.js';
import { countChunkTerms, type ChunkTermCounts } from './term-postings.js';
import { startLexicalSearchThread, type LexicalSearchThread } from './lexical-search-thread.js';
import {
  PACKED_DOCUMENT_KEYS_SQL,
  unpackDocumentKeys,
  type PackedDocumentKeys,
} from './packed-document-keys.js';
import { lexicalTerms } from '../text/lexical-terms.js';
import { bodyLemmas, LEMMA_VERSION } from '../text/lemma-sets.js';
import { DOCUMENT_KEYS_VERSION, documentKeys, type DocumentKeys } from '../text/document-keys.js';

interface LexicalCandidateRow {
  label: number;
  chunk_id: string;
  body_terms: string;
  title_terms: string;
  body_length: number;
  title_length: number;
}

/** One lexical search's request. */
type LexicalSearch = Parameters<CorpusStore['searchLexical']>[0];

const splitTerms = (terms: string): string[] => (terms === '' ? [] : terms.split(' '));

/** BM25 weights of the FTS5 columns (body, title): the weights MiniSearch's ranking used. */
export const BM25_WEIGHTS = { body: 1, title: 0.3 } as const;
/** FTS5 candidates re-scored per lexical search (at least; 4 × k when larger). */
const LEXICAL_CANDIDATES = 120;
/** Up to this many chunks every query term chooses candidates (exactly the previous ranking). */
const EXACT_LEXICAL_LIMIT = 20_000;
/** Above it, the rarest query terms that choose candidates. */
const SELECTIVE_TERMS = 4;
/** The postings' layout and meaning (`term-postings.ts`); postings of another are made again. */
const POSTINGS_VERSION = 1;
/** Terms the postings rank: one FTS5 token each, folded by FTS5 exactly as written. */
const POSTINGS_TERM = /^[a-z0-9']+$/u;
/** Below this many allowed chunks a filtered dense search scans them exactly. */
const EXACT_SCAN_LIMIT = 4096;

const settingsSchema = z.object({
  embedder: z.object({
    id: z.string(),
    dimension: z.number().int().positive(),
    settings: z.record(z.string(), z.union([z.string(), z.number()])),
  }),
  chunking: z.object({ maxChars: z.number().int(), overlapSentences: z.number().int() }),
});

export interface SqliteCorpusStoreOptions {
  /** Folder of `corpus.db`, `vectors.hnsw`, `vectors.json` (created when missing). */
  dir: string;
  hnsw?: HnswParameters;
  /** Search breadth; defaults to `hnsw.efSearch`. */
  efSearch?: number;
  /** Told when the graph had to be rebuilt from the database. */
  onGraphRebuilt?: (reason: string) => void;
  /**
   * Save the graph only on `close()` instead of after every change: for a
   * build, which writes many batches into a folder nobody reads yet.
   */
  deferGraphSaves?: boolean;
  /** The ingestion the file stamps are valid for (`INGEST_VERSION`); stamps of another are not read. */
  ingestVersion?: string;
  /**
   * Open without waiting for the saved graph: it is checked and read (hnswlib reads it on a
   * thread, ≈ 0.6 s at 100k chunks) while the caller goes on, and whatever uses the graph
   * waits for it. `graphReady()` says when it is read, or why it could not be.
   */
  graphInBackground?: boolean;
  /**
   * Run FTS5's candidate query on a worker thread (its own read-only connection). Default:
   * when the store opens with more than `EXACT_LEXICAL_LIMIT` chunks, where it costs most.
   */
  lexicalThread?: boolean;
  /**
   * Start reading every document's keys on the lexical thread as soon as the store is open
   * (`loadDocumentKeys`): a server's start, which needs them after the rest is open.
   */
  documentKeysAhead?: boolean;
  /**
   * Rank a lexical search's candidates from the store's postings (`fts-bm25-top.ts`: FTS5's
   * `bm25()` and order, without FTS5 reading every match; a filtered search's among the rows
   * its filter allows), not by FTS5's query. Default true; false keeps FTS5's own ranking (the
   * comparison in tests and benchmarks).
   */
  lexicalPostings?: boolean;
  /** Starts the lexical thread (tests watch it through this). */
  startLexicalThread?: typeof startLexicalSearchThread;
  /**
   * The empty graph `clear()` starts (default: in process). A build passes one filled on
   * a thread of its own (`startHnswBuildThread`), saved on `close()` with `deferGraphSaves`.
   */
  createGraph?: (options: {
    dimension: number;
    hnsw: HnswParameters;
    efSearch: number;
  }) => VectorStore;
}

/** What start-up last saw of a seeds-folder file, and the document it held. */
export interface FileStamp {
  docId: string;
  fileName: string;
  size: number;
  mtimeMs: number;
  /** SHA-256 of the file's bytes (an upload of the same bytes is a duplicate). */
  sha256: string;
  /** The stored document's `contentHash` when the file was read: the stamp holds only while they match. */
  contentHash: string;
}

/**
 * The embedded store also answers synchronously (better-sqlite3 is): the
 * answer engine reads documents, chunks and corpus statistics mid-question
 * without holding the corpus on the heap.
 */
export interface SqliteCorpusStore extends CorpusStore {
  /** The database file's path. */
  readonly path: string;
  /** Bytes of the database and graph on disk. */
  bytes(): number;
  /** `getDocument`, synchronously. */
  readDocument(docId: string): SourceDocument | undefined;
  /** `getDocumentChunks`, synchronously. */
  readDocumentChunks(docId: string): Chunk[];
  /** Every chunk's id (`<docId>#…`), documents in docId order, chunks in chunk order. */
  listChunkIds(): string[];
  /** Every document with its text, one at a time (nothing is kept). */
  eachDocument(): IterableIterator<SourceDocument>;
  /** How many chunks (`chunkLemmas`) and documents (`bodyLemmas`) hold the lemma. */
  lemmaFrequency(lemma: string): { chunks: number; documents: number };
  /** Every document's `documentKeys`, kept at index time, by docId (no document text is read). */
  readDocumentKeys(): Map<string, DocumentKeys>;
  /**
   * `readDocumentKeys`, read on the lexical thread when the store was opened with
   * `documentKeysAhead` (and has the thread), and nothing was written since it started;
   * otherwise read here.
   */
  loadDocumentKeys(): Promise<Map<string, DocumentKeys>>;
  /**
   * Whether the stamps, and the documents read with them, were made by another ingestion
   * than this store's (`ingestVersion`), or by one that recorded none.
   */
  ingestedByOtherVersion(): boolean;
  /** The stamps, none when `ingestedByOtherVersion` (they vouch for what it made of the files). */
  readFileStamps(): FileStamp[];
  /** Replaces every stamp. */
  writeFileStamps(stamps: FileStamp[]): void;
  /** Resolves once the saved graph is read (at once unless opened with `graphInBackground`). */
  graphReady(): Promise<void>;
}

const CHUNK_COLUMNS = `c.label, c.chunk_id, c.doc_id, c.ordinal, c.kind, c.start, c.end, c.sentences,
  c.search_text, c.text, d.title, d.date, d.source`;

export async function openSqliteCorpusStore({
  dir,
  hnsw = DEFAULT_HNSW,
  efSearch = hnsw.efSearch,
  onGraphRebuilt = () => {},
  deferGraphSaves = false,
  ingestVersion = INGEST_VERSION,
  graphInBackground = false,
  lexicalThread,
  documentKeysAhead = false,
  lexicalPostings = true,
  startLexicalThread = startLexicalSearchThread,
  createGraph = ({ dimension, hnsw: parameters, efSearch: breadth }) =>
    rebuildVectorGraph({ vectors: [], dimension, hnsw: parameters, efSearch: breadth }),
}: SqliteCorpusStoreOptions): Promise<SqliteCorpusStore> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'corpus.db');
  let database: Database.Database;
  try {
    database = new Database(path);
    configureDatabase(database);
    database.exec(SCHEMA);
  } catch (error) {
    throw new AppError('index_corrupt', `The store ${path} is unreadable (${String(error)}).`, {
      cause: error,
    });
  }
  const getMeta = database.prepare<[string], { value: string }>(
    'SELECT value FROM meta WHERE key = ?',
  );
  const setMeta = database.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  const meta = (key: string) => getMeta.get(key)?.value;
  /**
   * The FTS5 table made again from the chunks' stored terms, and the postings' state dropped:
   * they are checked against the table's figures, and made again when they next open.
   */
  const remakeChunkTerms = () => {
    refillChunkTerms(database);
    database.prepare("DELETE FROM meta WHERE key = 'postings'").run();
  };
  const version = meta('schema_version');
  if (
    version !== undefined &&
    version !== String(SCHEMA_VERSION) &&
    !UPGRADABLE_SCHEMAS.has(version)
  )
    throw new AppError(
      'index_corrupt',
      `The store ${path} has schema ${version}, expected ${SCHEMA_VERSION}.`,
    );
  if (version !== undefined && version !== String(SCHEMA_VERSION))
    database.transaction(() => {
      // Its FTS5 table counted deleted rows in bm25()'s figures.
      remakeChunkTerms();
      setMeta.run('schema_version', String(SCHEMA_VERSION));
    })();
  else setMeta.run('schema_version', String(SCHEMA_VERSION));

  const readSettingsNow = (): CorpusSettings | null => {
    const text = meta('settings');
    return text === undefined ? null : settingsSchema.parse(JSON.parse(text));
  };
  const counter = (key: string) => Number(meta(key) ?? '0');

  const statements = {
    // Rows as arrays (`raw`), of the summary's columns only: better-sqlite3 makes an object a
    // row by setting each column on it, ≈ 2× the cost of the array at 8 columns and more
    // (10k rows at every start).
    documentSummaries: database
      .prepare<[], DocumentSummaryRow>(
        'SELECT doc_id, title, date, source, format, content_hash, chunk_count FROM documents ORDER BY doc_id',
      )
      .raw(),
    document: database.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE doc_id = ?'),
    hasDocument: database.prepare<[string], { found: 1 }>(
      'SELECT 1 AS found FROM documents WHERE doc_id = ?',
    ),
    chunksById: database.prepare<[string], ChunkRow>(
      `SELECT ${CHUNK_COLUMNS} FROM json_each(?) j JOIN chunks c ON c.chunk_id = j.value
       JOIN documents d ON d.doc_id = c.doc_id ORDER BY j.key`,
    ),
    chunksOfDocument: database.prepare<[string], ChunkRow>(
      `SELECT ${CHUNK_COLUMNS} FROM chunks c JOIN documents d ON d.doc_id = c.doc_id
       WHERE c.doc_id = ? ORDER BY c.ordinal`,
    ),
    chunkIdsByLabel: database.prepare<[string], { label: number; chunk_id: string }>(
      'SELECT c.label, c.chunk_id FROM json_each(?) j JOIN chunks c ON c.label = j.value',
    ),
    labelsOfDocument: database.prepare<
      [string],
      {
        label: number;
        body_length: number;
        title_length: number;
        body_terms: string;
        title_terms: string;
      }
    >(
      'SELECT label, body_length, title_length, body_terms, title_terms FROM chunks WHERE doc_id = ?',
    ),
    ftsAverages: database
      .prepare<[], Buffer>('SELECT block FROM chunk_terms_data WHERE id = 1')
      .pluck(),
    ln: database.prepare<[number], number>('SELECT ln(?)').pluck(),
    candidatesByLabel: database.prepare<[string], LexicalCandidateRow>(
      `SELECT c.label, c.chunk_id, c.body_terms, c.title_terms, c.body_length, c.title_length
       FROM json_each(?) j JOIN chunks c ON c.label = j.value`,
    ),
    documentFrequency: database.prepare<[string, string], { doc: number }>(
      'SELECT doc FROM chunk_vocabulary WHERE term = ? AND col = ?',
    ),
    counts: database.prepare<[], { documents: number; chunks: number }>(
      'SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM chunks) AS chunks',
    ),
    allVectors: database.prepare<[], { label: number; vector: Buffer }>(
      'SELECT label, vector FROM chunks',
    ),
    insertDocument: database.prepare(
      `INSERT INTO documents VALUES (@doc_id, @title, @date, @source, @path, @format, @content_hash,
       @chunk_count, @file_text, @clean_text, @paragraphs, @metadata, @page_starts, @body_lemmas)`,
    ),
    insertChunk: database.prepare(
      `INSERT INTO chunks VALUES (@label, @chunk_id, @doc_id, @ordinal, @kind, @start, @end, @sentences,
       @search_text, @text, @body_terms, @title_terms, @body_length, @title_length, @vector, @lemmas)`,
    ),
    allDocuments: database.prepare<[], DocumentRow>('SELECT * FROM documents ORDER BY doc_id'),
    chunkIds: database
      .prepare<[], string>(
        'SELECT chunk_id FROM chunks INDEXED BY chunk_ids_by_document ORDER BY doc_id, ordinal',
      )
      .pluck(),
    lemmasOfDocument: database.prepare<[string], { body_lemmas: string }>(
      'SELECT body_lemmas FROM documents WHERE doc_id = ?',
    ),
    chunkLemmasOfDocument: database.prepare<[string], { lemmas: string }>(
      'SELECT lemmas FROM chunks WHERE doc_id = ?',
    ),
    lemmaCount: database.prepare<[string], { chunks: number; documents: number }>(
      'SELECT chunks, documents FROM lemma_counts WHERE lemma = ?',
    ),
    addLemma: database.prepare(
      `INSERT INTO lemma_counts (lemma, chunks, documents) VALUES (?, ?, ?) ON CONFLICT (lemma)
       DO UPDATE SET chunks = chunks + excluded.chunks, documents = documents + excluded.documents`,
    ),
    dropEmptyLemma: database.prepare(
      'DELETE FROM lemma_counts WHERE lemma = ? AND chunks <= 0 AND documents <= 0',
    ),
    fileStamps: database
      .prepare<[], FileStampRow>(
        'SELECT doc_id, file_name, size, mtime_ms, sha256, content_hash FROM seed_files ORDER BY doc_id',
      )
      .raw(),
    insertFileStamp: database.prepare(
      'INSERT INTO seed_files VALUES (@docId, @fileName, @size, @mtimeMs, @sha256, @contentHash)',
    ),
    allDocumentKeys: database.prepare<[], DocumentKeysRow>('SELECT * FROM document_keys'),
    insertDocumentKeys: database.prepare(
      'INSERT INTO document_keys VALUES (@doc_id, @header, @edges, @title, @source)',
    ),
    deleteDocumentKeys: database.prepare('DELETE FROM document_keys WHERE doc_id = ?'),
    setBodyLemmas: database.prepare('UPDATE documents SET body_lemmas = ? WHERE doc_id = ?'),
    chunkTexts: database.prepare<
      [number],
      { label: number; title: string; text: string; search_text: string | null }
    >(
      `SELECT c.label, d.title, c.text, c.search_text FROM chunks c JOIN documents d USING (doc_id)
       WHERE c.label > ? ORDER BY c.label LIMIT 1000`,
    ),
    setChunkWords: database.prepare(
      'UPDATE chunks SET lemmas = ?, body_terms = ?, title_terms = ? WHERE label = ?',
    ),
    docIds: database.prepare<[], { doc_id: string }>('SELECT doc_id FROM documents'),
    insertTerms: database.prepare('INSERT INTO chunk_terms (rowid, body, title) VALUES (?, ?, ?)'),
    // FTS5's 'delete' with the terms the row was inserted with (`CHUNK_TERMS_SCHEMA`).
    deleteTerms: database.prepare<[number, string, string]>(
      "INSERT INTO chunk_terms (chunk_terms, rowid, body, title) VALUES ('delete', ?, ?, ?)",
    ),
    deleteChunks: database.prepare('DELETE FROM chunks WHERE doc_id = ?'),
    deleteDocument: database.prepare('DELETE FROM documents WHERE doc_id = ?'),
  };
  // Lemmas of another `lemmatize` (or of a store that did not record it) are counted again.
  const relemmatize = meta('lemma_version') !== String(LEMMA_VERSION);
  // Keys of another `documentKeys` (or none: an upgraded schema 4) are made again from the text.
  if (relemmatize || meta('document_keys_version') !== String(DOCUMENT_KEYS_VERSION))
    database.transaction(() => {
      database.exec('DELETE FROM document_keys');
      for (const { doc_id: docId } of statements.docIds.all()) {
        const row = statements.document.get(docId)!;
        statements.insertDocumentKeys.run(
          toDocumentKeysRow(docId, documentKeys(fromDocumentRow(row))),
        );
      }
      setMeta.run('document_keys_version', String(DOCUMENT_KEYS_VERSION));
    })();

  const filtered = new Map<string, Database.Statement<unknown[], LexicalCandidateRow>>();
  const allowedLabels = new Map<string, Database.Statement<unknown[], { label: number }>>();

  let settings = readSettingsNow();
  let graph: VectorStore | null = null;
  const openGraph = async (current: CorpusSettings) => {
    const expected = {
      dimension: current.embedder.dimension,
      elements: counter('next_label'),
      generation: counter('generation'),
      hnsw,
      efSearch,
    };
    const loaded = await loadVectorGraph(dir, expected);
    if ('graph' in loaded) return loaded.graph;
    onGraphRebuilt(loaded.problem);
    const vectors: (number[] | undefined)[] = new Array(expected.elements);
    for (const row of statements.allVectors.iterate())
      vectors[row.label] = fromVectorBlob(row.vector);
    const rebuilt = rebuildVectorGraph({ vectors, dimension: expected.dimension, hnsw, efSearch });
    await saveVectorGraph(dir, rebuilt, {
      generation: expected.generation,
      elements: expected.elements,
    });
    return rebuilt;
  };
  // Labels ever assigned: the saved graph's size, told before it is read.
  const savedGraphSize = counter('next_label');
  const graphLoaded: Promise<void> = settings
    ? openGraph(settings).then((opened) => {
        graph = opened;
      })
    : Promise.resolve();
  if (graphInBackground) graphLoaded.catch(() => undefined);
  else await graphLoaded;

  let saving: Promise<void> = Promise.resolve();
  let unsaved = false;
  const saveGraph = () => {
    unsaved = false;
    const current = graph;
    const stamp = { generation: counter('generation'), elements: counter('next_label') };
    if (!current) return Promise.resolve();
    saving = saving.then(() => saveVectorGraph(dir, current, stamp));
    return saving;
  };

  const lengths = { body: counter('body_terms'), title: counter('title_terms'), chunks: 0 };
  // Document frequencies by column and term (fts5vocab costs milliseconds a look-up); any change clears them.
  const frequencies = new Map<string, number>();
  const frequencyOf = (term: string, column: 'body' | 'title'): number => {
    const key = `${column} ${term}`;
    let value = frequencies.get(key);
    if (value === undefined) {
      if (frequencies.size > 100_000) frequencies.clear();
      value = statements.documentFrequency.get(term, column)?.doc ?? 0;
      frequencies.set(key, value);
    }
    return value;
  };
  lengths.chunks = statements.counts.get()!.chunks;
  const thread: LexicalSearchThread | null =
    (lexicalThread ?? lengths.chunks > EXACT_LEXICAL_LIMIT) ? startLexicalThread({ path }) : null;
  const readDocumentKeysNow = () =>
    new Map(statements.allDocumentKeys.all().map((row) => [row.doc_id, fromDocumentKeysRow(row)]));
  // Read while the caller opens the rest; taken only if no write came between (generation).
  const keysFrom = (generation: number) => ({
    generation,
    read: thread!.all<PackedDocumentKeys>(PACKED_DOCUMENT_KEYS_SQL, []).then(
      (read) =>
        read.generation === generation && read.rows[0] ? unpackDocumentKeys(read.rows[0]) : null,
      () => null,
    ),
  });
  let keysAhead = thread && documentKeysAhead ? keysFrom(counter('generation')) : null;
  /**
   * The terms that choose FTS5's candidates. Up to `EXACT_LEXICAL_LIMIT` chunks, every query
   * term (the candidates are then every match the re-scoring could rank). Above it, the
   * `SELECTIVE_TERMS` rarest terms found in at most half the chunks: FTS5's bm25() costs
   * a read of every match, and in a large corpus a common word matches most chunks while
   * adding little to a chunk's score; the re-scoring still counts every query term.
   */
  const candidateTerms = (terms: string[]): string[] => {
    if (lengths.chunks <= EXACT_LEXICAL_LIMIT) return terms;
    const frequency = new Map([...new Set(terms)].map((term) => [term, frequencyOf(term, 'body')]));
    const selective = [...frequency.entries()]
      .filter(([, df]) => df > 0 && df <= lengths.chunks / 2)
      .sort((a, b) => a[1] - b[1])
      .slice(0, SELECTIVE_TERMS)
      .map(([term]) => term);
    return selective.length > 0 ? selective : terms;
  };
  /** Lemma count changes of one write, applied once per lemma at its end. */
  type LemmaDeltas = Map<string, { chunks: number; documents: number }>;
  const countLemmas = (
    deltas: LemmaDeltas,
    lemmas: Iterable<string>,
    field: 'chunks' | 'documents',
    by: number,
  ) => {
    for (const lemma of lemmas) {
      const delta = deltas.get(lemma) ?? { chunks: 0, documents: 0 };
      delta[field] += by;
      deltas.set(lemma, delta);
    }
  };
  if (relemmatize)
    database.transaction(() => {
      database.exec('DELETE FROM lemma_counts');
      const deltas: LemmaDeltas = new Map();
      for (const { doc_id: docId } of statements.docIds.all()) {
        const lemmas = [...bodyLemmas(fromDocumentRow(statements.document.get(docId)!))];
        statements.setBodyLemmas.run(lemmas.join(' '), docId);
        countLemmas(deltas, lemmas, 'documents', 1);
      }
      // A page at a time: a statement cannot write while another iterates.
      for (let after = -1, page = statements.chunkTexts.all(after); page.length > 0;) {
        for (const row of page) {
          // FTS5's terms are lemmas too: made again with the counts (their field lengths count
          // tokens, which no lemmatizer changes).
          const words = chunkWords({
            title: row.title,
            text: row.text,
            ...(row.search_text === null ? {} : { searchText: row.search_text }),
          });
          const lemmas = [...words.lemmas];
          statements.setChunkWords.run(
            lemmas.join(' '),
            words.body.terms,
            words.title.terms,
            row.label,
          );
          countLemmas(deltas, lemmas, 'chunks', 1);
        }
        after = page.at(-1)!.label;
        page = statements.chunkTexts.all(after);
      }
      for (const [lemma, delta] of deltas)
        statements.addLemma.run(lemma, delta.chunks, delta.documents);
      // The FTS5 table from the new terms; the postings follow.
      remakeChunkTerms();
      setMeta.run('lemma_version', String(LEMMA_VERSION));
    })();
  const postings = createSqliteTermPostings(database, { path });
  const ranker = createFtsBm25Ranker();
  /**
   * The postings describe the chunks as of one generation ('postings' in meta: version,
   * generation, and whether FTS5 counted the same tokens). A write that keeps them moves
   * the generation in the same transaction; one that does not (a build, which rebuilds them
   * on `close()`, or an older version of this code) leaves them behind, and until they are
   * made again searches rank with FTS5's query.
   */
  const postingsState = (generation: number, usable: boolean) =>
    `${POSTINGS_VERSION} ${generation} ${usable ? 'usable' : 'unusable'}`;
  const postingsCurrent = () => {
    const state = meta('postings');
    const generation = counter('generation');
    return state === postingsState(generation, true) || state === postingsState(generation, false);
  };
  const postingsUsable = () => meta('postings') === postingsState(counter('generation'), true);
  const rebuildPostings = database.transaction(() => {
    const { tokens } = postings.rebuild();
    const averages = statements.ftsAverages.get();
    // Every term one FTS5 token, tokenized alike: then FTS5 counted the same tokens.
    const ftsTokens = averages ? parseFtsAverages(averages).tokens : 0;
    setMeta.run('postings', postingsState(counter('generation'), tokens === ftsTokens));
  });
  if (!deferGraphSaves && !postingsCurrent()) rebuildPostings();
  const removeDocument = (
    docId: string,
    dropped: number[],
    deltas: LemmaDeltas,
    removedTerms: ChunkTermCounts[] | null,
  ) => {
    // Chunks and keys reference their document (foreign keys): without it there is nothing.
    if (!statements.hasDocument.get(docId)) return;
    const body = statements.lemmasOfDocument.get(docId);
    if (body) countLemmas(deltas, splitTerms(body.body_lemmas), 'documents', -1);
    for (const row of statements.chunkLemmasOfDocument.all(docId))
      countLemmas(deltas, splitTerms(row.lemmas), 'chunks', -1);
    for (const row of statements.labelsOfDocument.all(docId)) {
      statements.deleteTerms.run(row.label, row.body_terms, row.title_terms);
      removedTerms?.push(countChunkTerms(row.label, row.body_terms, row.title_terms));
      dropped.push(row.label);
      lengths.body -= row.body_length;
      lengths.title -= row.title_length;
      lengths.chunks -= 1;
    }
    statements.deleteChunks.run(docId);
    statements.deleteDocumentKeys.run(docId);
    statements.deleteDocument.run(docId);
  };

  const writeChange = database.transaction((change: CorpusChange) => {
    const dropped: number[] = [];
    const added: { label: number; vector: number[] }[] = [];
    const deltas: LemmaDeltas = new Map();
    let nextLabel = counter('next_label');
    // A build leaves the postings to `close()`: rewriting each term's list a batch is quadratic.
    const keepPostings = !deferGraphSaves && postingsCurrent();
    const removedTerms: ChunkTermCounts[] | null = keepPostings ? [] : null;
    const addedTerms: ChunkTermCounts[] | null = keepPostings ? [] : null;
    for (const docId of change.remove ?? []) removeDocument(docId, dropped, deltas, removedTerms);
    for (const record of change.upsert ?? []) {
      removeDocument(record.document.docId, dropped, deltas, removedTerms);
      const row = toDocumentRow(record.document, record.contentHash, record.chunks.length);
      statements.insertDocument.run(row);
      statements.insertDocumentKeys.run(
        toDocumentKeysRow(record.document.docId, documentKeys(record.document)),
      );
      countLemmas(deltas, splitTerms(row.body_lemmas), 'documents', 1);
      const title = titleWords(record.document.title);
      record.chunks.forEach((chunk, ordinal) => {
        const label = nextLabel++;
        const vector = record.vectors[ordinal]!;
        const words = chunkWords(chunk, title);
        const { length: bodyLength, terms: bodyTerms } = words.body;
        const { length: titleLength, terms: titleTerms } = words.title;
        const lemmas = words.lemmas;
        countLemmas(deltas, lemmas, 'chunks', 1);
        lengths.body += bodyLength;
        lengths.title += titleLength;
        lengths.chunks += 1;
        statements.insertChunk.run({
          label,
          chunk_id: chunk.chunkId,
          doc_id: chunk.docId,
          ordinal,
          kind: chunk.kind,
          start: chunk.start,
          end: chunk.end,
          sentences: JSON.stringify(chunk.sentences),
          search_text: chunk.searchText ?? null,
          text: chunk.text,
          body_terms: bodyTerms,
          title_terms: titleTerms,
          body_length: bodyLength,
          title_length: titleLength,
          vector: toVectorBlob(vector),
          lemmas: [...lemmas].join(' '),
        });
        statements.insertTerms.run(label, bodyTerms, titleTerms);
        addedTerms?.push(countChunkTerms(label, bodyTerms, titleTerms));
        added.push({ label, vector });
      });
    }
    for (const [lemma, delta] of deltas) {
      if (delta.chunks === 0 && delta.documents === 0) continue;
      statements.addLemma.run(lemma, delta.chunks, delta.documents);
      if (delta.chunks < 0 || delta.documents < 0) statements.dropEmptyLemma.run(lemma);
    }
    setMeta.run('next_label', String(nextLabel));
    const usable = postingsUsable();
    setMeta.run('generation', String(counter('generation') + 1));
    if (removedTerms && addedTerms) {
      postings.update(removedTerms, addedTerms);
      setMeta.run('postings', postingsState(counter('generation'), usable));
    }
    setMeta.run('body_terms', String(lengths.body));
    setMeta.run('title_terms', String(lengths.title));
    return { dropped, added };
  });
  const writeChangeKeepingLengths = (change: CorpusChange) => {
    const before = { ...lengths };
    frequencies.clear();
    try {
      return writeChange(change);
    } catch (error) {
      Object.assign(lengths, before);
      throw error;
    }
  };

  function lexicalStatement(key: string, sql: string) {
    let statement = filtered.get(key);
    if (!statement) {
      statement = database.prepare<unknown[], LexicalCandidateRow>(sql);
      filtered.set(key, statement);
    }
    return statement;
  }

  /** FTS5's best candidates for a match (and filter), their text joined afterwards. */
  function lexicalSql(key: string, clause: string): string {
    const rank = `bm25(chunk_terms, ${BM25_WEIGHTS.body}, ${BM25_WEIGHTS.title})`;
    // CROSS JOIN keeps FTS5 driving: a filter never turns into one FTS lookup per allowed chunk.
    const top =
      key === ''
        ? `SELECT rowid AS label, ${rank} AS score FROM chunk_terms
           WHERE chunk_terms MATCH ? ORDER BY score LIMIT ?`
        : `SELECT chunk_terms.rowid AS label, ${rank} AS score FROM chunk_terms
           CROSS JOIN chunks c ON c.label = chunk_terms.rowid CROSS JOIN documents d ON d.doc_id = c.doc_id
           WHERE chunk_terms MATCH ? ${clause} ORDER BY score LIMIT ?`;
    return `WITH top AS (${top})
       SELECT c.label, c.chunk_id, c.body_terms, c.title_terms, c.body_length, c.title_length
       FROM top JOIN chunks c ON c.label = top.label ORDER BY top.score`;
  }

  /** What one lexical search asks FTS5, chosen from the corpus as it is now; null: nothing to ask. */
  function lexicalPlan({ query, k, filters }: LexicalSearch) {
    const queryTerms = lexicalTerms(query);
    // The MATCH expression's phrases, in its order (bm25() adds them in it).
    const terms = [...new Set(candidateTerms(queryTerms))];
    const match = toFtsQuery(terms);
    if (match === null || k <= 0) return null;
    const { clause, params, key } = filterSql(filters);
    const limit = Math.max(LEXICAL_CANDIDATES, 4 * k);
    const args: unknown[] = [match, ...params, limit];
    return { queryTerms, terms, limit, key, sql: lexicalSql(key, clause), args, k };
  }

  /** FTS5's candidates re-scored (BM25 over every query term), the best `k`. */
  function rankLexical(
    { queryTerms, k }: NonNullable<ReturnType<typeof lexicalPlan>>,
    rows: LexicalCandidateRow[],
  ): ChunkHit[] {
    const chunks = Math.max(1, lengths.chunks);
    const field = (column: 'body' | 'title', averageLength: number, weight: number) => ({
      documentFrequency: (term: string) => frequencyOf(term, column),
      averageLength,
      weight,
    });
    return (
      rescoreBm25({
        queryTerms,
        candidates: rows.map((row) => ({
          item: row,
          fields: [row.body_terms, row.title_terms],
          lengths: [row.body_length, row.title_length],
        })),
        fields: [
          field('body', lengths.body / chunks, BM25_WEIGHTS.body),
          field('title', lengths.title / chunks, BM25_WEIGHTS.title),
        ],
        total: lengths.chunks,
      })
        // Ties in index order, as the previous ranker returned them.
        .sort((a, b) => b.score - a.score || a.item.label - b.item.label)
        .slice(0, k)
        .map(({ item, score }) => ({ chunkId: item.chunk_id, score }))
    );
  }

  /**
   * A lexical search: from the postings when they are usable (one synchronous step). Without
   * them, with the lexical thread, FTS5's candidates are read there, and kept
   * only if the thread read the generation the search was planned at and nothing has been
   * written since (a change bumps it); otherwise, and without the thread, the whole search
   * runs here in one synchronous step. Either way a search sees one state of the corpus.
   */
  async function searchLexicalNow(search: LexicalSearch): Promise<ChunkHit[]> {
    if (lexicalPostings) {
      const plan = lexicalPlan(search);
      if (!plan) return [];
      if (plan.terms.every((term) => POSTINGS_TERM.test(term)) && postingsUsable()) {
        // A filter's rows are read first and the postings ranked among them: FTS5's filtered
        // query scored every match in the corpus before the join dropped all but a few
        // (≈ 40 ms of CPU at 100k chunks for a search inside three articles).
        const allowed = hasFilters(search.filters)
          ? new Set(labelsAllowed(search.filters))
          : undefined;
        return rankLexical(plan, candidatesFromPostings(plan, allowed));
      }
    }
    if (thread) {
      const started = counter('generation');
      const plan = lexicalPlan(search);
      if (!plan) return [];
      const read = await thread.all<LexicalCandidateRow>(plan.sql, plan.args).catch(() => null);
      if (read && read.generation === started && counter('generation') === started)
        return rankLexical(plan, read.rows);
    }
    const plan = lexicalPlan(search);
    if (!plan) return [];
    return rankLexical(plan, lexicalStatement(plan.key, plan.sql).all(...plan.args));
  }

  /** The rows FTS5's query would return for a plan, ranked from the postings; with `allowed`, among those rows only. */
  function candidatesFromPostings(
    { terms, limit }: NonNullable<ReturnType<typeof lexicalPlan>>,
    allowed?: ReadonlySet<number>,
  ): LexicalCandidateRow[] {
    if (allowed?.size === 0) return [];
    const averages = statements.ftsAverages.get();
    if (!averages) return [];
    const { rows, tokens } = parseFtsAverages(averages);
    const top = ranker.top({
      phrases: terms.map((term) => postings.readForSearch(term)),
      rows,
      tokens,
      weights: BM25_WEIGHTS,
      limit,
      ln: (value) => statements.ln.get(value)!,
      ...(allowed ? { allowed } : {}),
    });
    return statements.candidatesByLabel.all(JSON.stringify(top.map((row) => row.label)));
  }

  function labelsAllowed(filters: CorpusFilters): number[] {
    const { clause, params, key } = filterSql(filters);
    let statement = allowedLabels.get(key);
    if (!statement) {
      statement = database.prepare(
        `SELECT c.label FROM chunks c JOIN documents d ON d.doc_id = c.doc_id WHERE 1 ${clause}`,
      );
      allowedLabels.set(key, statement);
    }
    return statement.all(...params).map((row) => row.label);
  }

  function exactScan(vector: number[], labels: number[], k: number) {
    const rows = database
      .prepare<[string], { label: number; vector: Buffer }>(
        'SELECT c.label, c.vector FROM json_each(?) j JOIN chunks c ON c.label = j.value',
      )
      .all(JSON.stringify(labels));
    const norm = Math.hypot(...vector) || 1;
    return rows
      .map((row) => {
        const stored = fromVectorBlob(row.vector);
        let dot = 0;
        for (let index = 0; index < stored.length; index += 1)
          dot += stored[index]! * (vector[index] ?? 0);
        return { position: row.label, similarity: dot / (norm * (Math.hypot(...stored) || 1)) };
      })
      .sort((a, b) => b.similarity - a.similarity || a.position - b.position)
      .slice(0, k);
  }

  return {
    kind: 'embedded',
    path,
    bytes() {
      const pages = database.pragma('page_count', { simple: true }) as number;
      const pageSize = database.pragma('page_size', { simple: true }) as number;
      const graphSize = graph ? graph.size : settings ? savedGraphSize : 0;
      return pages * pageSize + graphSize * ((settings?.embedder.dimension ?? 0) * 4 + hnsw.m * 12);
    },
    async readSettings() {
      return readSettingsNow();
    },
    async clear(next) {
      database.transaction(() => {
        database.exec(
          `DELETE FROM chunks; DELETE FROM document_keys; DELETE FROM documents; DELETE FROM lemma_counts;
           DELETE FROM seed_files;
           INSERT INTO chunk_terms(chunk_terms) VALUES ('delete-all');`,
        );
        postings.clear();
        setMeta.run('settings', JSON.stringify(settings_(next)));
        setMeta.run('next_label', '0');
        setMeta.run('body_terms', '0');
        setMeta.run('title_terms', '0');
        setMeta.run('generation', String(counter('generation') + 1));
        setMeta.run('postings', postingsState(counter('generation'), true));
      })();
      settings = next;
      Object.assign(lengths, { body: 0, title: 0, chunks: 0 });
      frequencies.clear();
      await graphLoaded.catch(() => undefined);
      await graph?.close?.();
      graph = createGraph({ dimension: next.embedder.dimension, hnsw, efSearch });
      // A build saves on `close()`: not waiting here for the graph's thread to start and save
      // an empty graph lets it start while the first documents are written.
      if (deferGraphSaves) unsaved = true;
      else await saveGraph();
    },
    async listDocuments(): Promise<StoredDocumentSummary[]> {
      return statements.documentSummaries
        .all()
        .map(([docId, title, date, source, format, contentHash, chunks]) => {
          const summary: StoredDocumentSummary = {
            docId,
            title,
            date,
            source,
            contentHash,
            chunks,
          };
          if (format !== null) summary.format = format as StoredDocumentSummary['format'];
          return summary;
        });
    },
    async getDocument(docId) {
      const row = statements.document.get(docId);
      return row ? fromDocumentRow(row) : undefined;
    },
    readDocument(docId) {
      const row = statements.document.get(docId);
      return row ? fromDocumentRow(row) : undefined;
    },
    readDocumentChunks(docId) {
      return statements.chunksOfDocument.all(docId).map(fromChunkRow);
    },
    listChunkIds() {
      return statements.chunkIds.all();
    },
    *eachDocument() {
      for (const row of statements.allDocuments.iterate()) yield fromDocumentRow(row);
    },
    lemmaFrequency(lemma) {
      return statements.lemmaCount.get(lemma) ?? { chunks: 0, documents: 0 };
    },
    readDocumentKeys: readDocumentKeysNow,
    async loadDocumentKeys() {
      const ahead = keysAhead;
      keysAhead = null;
      const keys = ahead ? await ahead.read : null;
      return keys && ahead?.generation === counter('generation') ? keys : readDocumentKeysNow();
    },
    ingestedByOtherVersion: () => meta('ingest_version') !== ingestVersion,
    readFileStamps() {
      // Stamps vouch for what an older ingestion made of the files: read them all again.
      if (meta('ingest_version') !== ingestVersion) return [];
      return statements.fileStamps
        .all()
        .map(([docId, fileName, size, mtimeMs, sha256, contentHash]) => ({
          docId,
          fileName,
          size,
          mtimeMs,
          sha256,
          contentHash,
        }));
    },
    writeFileStamps(stamps) {
      database.transaction(() => {
        database.exec('DELETE FROM seed_files');
        for (const stamp of stamps) statements.insertFileStamp.run(stamp);
        setMeta.run('ingest_version', ingestVersion);
      })();
    },
    async getChunks(chunkIds): Promise<Chunk[]> {
      if (chunkIds.length === 0) return [];
      return statements.chunksById.all(JSON.stringify(chunkIds)).map(fromChunkRow);
    },
    async getDocumentChunks(docId) {
      return statements.chunksOfDocument.all(docId).map(fromChunkRow);
    },
    async counts() {
      return statements.counts.get()!;
    },
    searchLexical: (search) => searchLexicalNow(search),
    async searchVectors({ vector, k, filters }): Promise<ChunkHit[]> {
      if (graph === null) await graphLoaded;
      if (!graph || graph.size === 0 || k <= 0) return [];
      let matches;
      if (hasFilters(filters)) {
        const labels = labelsAllowed(filters);
        if (labels.length === 0) return [];
        if (labels.length <= EXACT_SCAN_LIMIT) matches = exactScan(vector, labels, k);
        else {
          const allowed = new Set(labels);
          matches = graph.search(vector, k, (label) => allowed.has(label));
        }
      } else matches = graph.search(vector, k);
      const ids = new Map(
        statements.chunkIdsByLabel
          .all(JSON.stringify(matches.map((match) => match.position)))
          .map((row) => [row.label, row.chunk_id]),
      );
      return matches.flatMap((match) => {
        const chunkId = ids.get(match.position);
        return chunkId === undefined ? [] : [{ chunkId, score: match.similarity }];
      });
    },
    async apply(change) {
      if (graph === null) await graphLoaded;
      if (!settings || !graph)
        throw new AppError(
          'index_missing',
          'The store has no settings yet: clear(settings) first.',
        );
      validateChange(change, settings.embedder.dimension);
      // One synchronous step: the transaction, then the graph. No reader runs in between.
      const { dropped, added } = writeChangeKeepingLengths(change);
      for (const label of dropped) graph.remove!(label);
      for (const { label, vector } of added) graph.add!(vector, label);
      if (deferGraphSaves) unsaved = true;
      else await saveGraph();
    },
    graphReady: () => graphLoaded,
    async close() {
      await graphLoaded.catch(() => undefined);
      await thread?.close();
      try {
        if (!postingsCurrent()) rebuildPostings();
        if (unsaved) await saveGraph();
        await saving.catch(() => undefined);
      } finally {
        await graph?.close?.();
        postings.close();
        database.close();
      }
    },
  };
}

function settings_(settings: CorpusSettings): CorpusSettings {
  return settingsSchema.parse(settings);
}
