/**
 * The embedded backend (the default, no server): documents, chunk text,
 * metadata and lexical search (FTS5 BM25) in one SQLite file through
 * better-sqlite3, vectors in an hnswlib graph whose labels are the chunks'
 * row ids. A change is one SQLite transaction followed, in the same
 * synchronous step, by the graph's markDelete/addPoint, so no reader ever
 * sees half of it; the graph is then saved beside the database.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import type { Chunk } from '../ingest/document-types.js';
import type {
  ChunkHit,
  CorpusChange,
  CorpusFilters,
  CorpusSettings,
  CorpusStore,
  StoredDocumentSummary,
} from './corpus-store.js';
import { filterSql, hasFilters } from './filter-sql.js';
import { toFtsQuery, toFtsText } from './fts-query.js';
import { configureDatabase, SCHEMA, SCHEMA_VERSION } from './sqlite-schema.js';
import {
  fromChunkRow,
  fromDocumentRow,
  fromVectorBlob,
  toDocumentRow,
  toVectorBlob,
  type ChunkRow,
  type DocumentRow,
} from './sqlite-rows.js';
import { loadVectorGraph, rebuildVectorGraph, saveVectorGraph } from './vector-graph-file.js';
import { DEFAULT_HNSW, type HnswParameters, type VectorStore } from './vector-store.js';
import { validateChange } from './validate-change.js';
import { rescoreBm25 } from './bm25-rescore.js';
import { lexicalTerms } from '../text/lexical-terms.js';
import { tokenize } from '../text/tokenize.js';

interface LexicalCandidateRow {
  label: number;
  chunk_id: string;
  body: string;
  title: string;
}

/** A field's length as BM25 normalises it: its distinct tokens (as the MiniSearch index counted). */
function fieldLength(text: string): number {
  return new Set(tokenize(text)).size;
}

/** BM25 weights of the FTS5 columns (body, title): the weights MiniSearch's ranking used. */
export const BM25_WEIGHTS = { body: 1, title: 0.3 } as const;
/** FTS5 candidates re-scored per lexical search (at least; 4 × k when larger). */
const LEXICAL_CANDIDATES = 120;
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
}

export interface SqliteCorpusStore extends CorpusStore {
  /** The database file's path. */
  readonly path: string;
  /** Bytes of the database and graph on disk. */
  bytes(): number;
}

const CHUNK_COLUMNS = `c.label, c.chunk_id, c.doc_id, c.ordinal, c.kind, c.start, c.end, c.sentences,
  c.search_text, c.text, d.title, d.date, d.source`;

export async function openSqliteCorpusStore({
  dir,
  hnsw = DEFAULT_HNSW,
  efSearch = hnsw.efSearch,
  onGraphRebuilt = () => {},
  deferGraphSaves = false,
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
  const version = meta('schema_version');
  if (version !== undefined && version !== String(SCHEMA_VERSION))
    throw new AppError(
      'index_corrupt',
      `The store ${path} has schema ${version}, expected ${SCHEMA_VERSION}.`,
    );
  setMeta.run('schema_version', String(SCHEMA_VERSION));

  const readSettingsNow = (): CorpusSettings | null => {
    const text = meta('settings');
    return text === undefined ? null : settingsSchema.parse(JSON.parse(text));
  };
  const counter = (key: string) => Number(meta(key) ?? '0');

  const statements = {
    documents: database.prepare<[], DocumentRow>(
      'SELECT doc_id, title, date, source, path, format, content_hash, chunk_count FROM documents ORDER BY doc_id',
    ),
    document: database.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE doc_id = ?'),
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
      { label: number; body_length: number; title_length: number }
    >('SELECT label, body_length, title_length FROM chunks WHERE doc_id = ?'),
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
       @chunk_count, @file_text, @clean_text, @paragraphs, @metadata, @page_starts)`,
    ),
    insertChunk: database.prepare(
      `INSERT INTO chunks VALUES (@label, @chunk_id, @doc_id, @ordinal, @kind, @start, @end, @sentences,
       @search_text, @text, @body_length, @title_length, @vector)`,
    ),
    insertTerms: database.prepare('INSERT INTO chunk_terms (rowid, body, title) VALUES (?, ?, ?)'),
    deleteTerms: database.prepare('DELETE FROM chunk_terms WHERE rowid = ?'),
    deleteChunks: database.prepare('DELETE FROM chunks WHERE doc_id = ?'),
    deleteDocument: database.prepare('DELETE FROM documents WHERE doc_id = ?'),
  };
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
  if (settings) graph = await openGraph(settings);

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
  lengths.chunks = statements.counts.get()!.chunks;
  const removeDocument = (docId: string, dropped: number[]) => {
    for (const row of statements.labelsOfDocument.all(docId)) {
      statements.deleteTerms.run(row.label);
      dropped.push(row.label);
      lengths.body -= row.body_length;
      lengths.title -= row.title_length;
      lengths.chunks -= 1;
    }
    statements.deleteChunks.run(docId);
    statements.deleteDocument.run(docId);
  };

  const writeChange = database.transaction((change: CorpusChange) => {
    const dropped: number[] = [];
    const added: { label: number; vector: number[] }[] = [];
    let nextLabel = counter('next_label');
    for (const docId of change.remove ?? []) removeDocument(docId, dropped);
    for (const record of change.upsert ?? []) {
      removeDocument(record.document.docId, dropped);
      statements.insertDocument.run(
        toDocumentRow(record.document, record.contentHash, record.chunks.length),
      );
      record.chunks.forEach((chunk, ordinal) => {
        const label = nextLabel++;
        const vector = record.vectors[ordinal]!;
        const body = chunk.searchText ?? chunk.text;
        const bodyLength = fieldLength(body);
        const titleLength = fieldLength(chunk.title);
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
          body_length: bodyLength,
          title_length: titleLength,
          vector: toVectorBlob(vector),
        });
        statements.insertTerms.run(
          label,
          toFtsText(chunk.searchText ?? chunk.text),
          toFtsText(chunk.title),
        );
        added.push({ label, vector });
      });
    }
    setMeta.run('next_label', String(nextLabel));
    setMeta.run('generation', String(counter('generation') + 1));
    setMeta.run('body_terms', String(lengths.body));
    setMeta.run('title_terms', String(lengths.title));
    return { dropped, added };
  });
  const writeChangeKeepingLengths = (change: CorpusChange) => {
    const before = { ...lengths };
    try {
      return writeChange(change);
    } catch (error) {
      Object.assign(lengths, before);
      throw error;
    }
  };

  function lexicalStatement(key: string, clause: string) {
    let statement = filtered.get(key);
    if (!statement) {
      const rank = `bm25(chunk_terms, ${BM25_WEIGHTS.body}, ${BM25_WEIGHTS.title})`;
      statement = database.prepare(
        key === ''
          ? `SELECT c.label, c.chunk_id, coalesce(c.search_text, c.text) AS body, (SELECT title FROM documents WHERE doc_id = c.doc_id) AS title
             FROM chunk_terms JOIN chunks c ON c.label = chunk_terms.rowid
             WHERE chunk_terms MATCH ? ORDER BY ${rank} LIMIT ?`
          : `SELECT c.label, c.chunk_id, coalesce(c.search_text, c.text) AS body, d.title AS title
             FROM chunk_terms JOIN chunks c ON c.label = chunk_terms.rowid
             JOIN documents d ON d.doc_id = c.doc_id WHERE chunk_terms MATCH ? ${clause} ORDER BY ${rank} LIMIT ?`,
      );
      filtered.set(key, statement);
    }
    return statement;
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
      return (
        pages * pageSize +
        (graph ? graph.size * ((settings?.embedder.dimension ?? 0) * 4 + hnsw.m * 12) : 0)
      );
    },
    async readSettings() {
      return readSettingsNow();
    },
    async clear(next) {
      database.transaction(() => {
        database.exec(
          `DELETE FROM chunks; DELETE FROM documents; INSERT INTO chunk_terms(chunk_terms) VALUES ('delete-all');`,
        );
        setMeta.run('settings', JSON.stringify(settings_(next)));
        setMeta.run('next_label', '0');
        setMeta.run('body_terms', '0');
        setMeta.run('title_terms', '0');
        setMeta.run('generation', String(counter('generation') + 1));
      })();
      settings = next;
      Object.assign(lengths, { body: 0, title: 0, chunks: 0 });
      graph = rebuildVectorGraph({
        vectors: [],
        dimension: next.embedder.dimension,
        hnsw,
        efSearch,
      });
      await saveGraph();
    },
    async listDocuments(): Promise<StoredDocumentSummary[]> {
      return statements.documents.all().map((row) => {
        const summary: StoredDocumentSummary = {
          docId: row.doc_id,
          title: row.title,
          date: row.date,
          source: row.source,
          contentHash: row.content_hash,
          chunks: row.chunk_count,
        };
        if (row.format !== null) summary.format = row.format as StoredDocumentSummary['format'];
        return summary;
      });
    },
    async getDocument(docId) {
      const row = statements.document.get(docId);
      return row ? fromDocumentRow(row) : undefined;
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
    async searchLexical({ query, k, filters }): Promise<ChunkHit[]> {
      const match = toFtsQuery(query);
      if (match === null || k <= 0) return [];
      const { clause, params, key } = filterSql(filters);
      const rows = lexicalStatement(key, clause).all(
        match,
        ...params,
        Math.max(LEXICAL_CANDIDATES, 4 * k),
      );
      const chunks = Math.max(1, lengths.chunks);
      const field = (column: 'body' | 'title', averageLength: number, weight: number) => ({
        documentFrequency: (term: string) =>
          statements.documentFrequency.get(term, column)?.doc ?? 0,
        averageLength,
        weight,
      });
      return (
        rescoreBm25({
          queryTerms: lexicalTerms(query),
          candidates: rows.map((row) => ({
            item: row,
            fields: [lexicalTerms(row.body), lexicalTerms(row.title)],
            lengths: [fieldLength(row.body), fieldLength(row.title)],
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
    },
    async searchVectors({ vector, k, filters }): Promise<ChunkHit[]> {
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
    async close() {
      if (unsaved) await saveGraph();
      await saving.catch(() => undefined);
      database.close();
    },
  };
}

function settings_(settings: CorpusSettings): CorpusSettings {
  return settingsSchema.parse(settings);
}
