/**
 * Opens the corpus in PostgreSQL for a server or `npm run index`, under the
 * indexers' advisory lock: when the database has no corpus yet, or one made
 * with another embedder or chunking, the lexicon is fitted on `documents`,
 * stored, and the corpus rebuilt; then `documents` are synced in by content
 * hash (only changed ones embedded). The result is an `OpenIndex` like the
 * embedded one, so everything above the store stays the same.
 */
import { refreshLexicalTerms } from './refresh-lexical-terms.js';
import { isDeepStrictEqual } from 'node:util';
import { searchTextOf, type ChunkingOptions } from '../../ingest/chunk-documents.js';
import type { SourceDocument } from '../../ingest/document-types.js';
import type { EmbedderSpec } from '../../embed/embedder-spec.js';
import {
  compactWordVectors,
  corpusWordsOf,
  loadPackagedWordVectors,
  type WordVectors,
} from '../../embed/word-vectors.js';
import type { Logger } from '../../log/logger.js';
import { chunkEach } from '../create-document-records.js';
import { MANIFEST_VERSION } from '../index-manifest.js';
import type { OpenIndex } from '../open-index.js';
import { DEFAULT_HNSW } from '../vector-store.js';
import { loadLexiconRow, saveLexiconRow } from './lexicon-row.js';
import { loadCorpusSnapshot, type CorpusSnapshot } from './load-corpus-snapshot.js';
import { createPostgresCorpusStore, type PostgresCorpusStore } from './postgres-corpus-store.js';
import type { SqlDatabase } from './sql-database.js';
import { INDEXER_LOCK, syncDocuments } from './sync-postgres-corpus.js';

export interface EnsurePostgresIndexOptions {
  database: SqlDatabase;
  documents: SourceDocument[];
  embedderSpec: EmbedderSpec;
  chunking: Required<ChunkingOptions>;
  logger: Logger;
  /** Full word vectors to cut the lexicon from (injected by tests). */
  loadSourceVectors?: () => Promise<WordVectors>;
  /** `npm run index`: the database becomes exactly `documents`. A server only adds and updates. */
  removeMissing?: boolean;
}

export interface PostgresIndex {
  index: OpenIndex & { store: PostgresCorpusStore };
  /** The corpus as stored after the sync: every server's documents, not only this folder's. */
  snapshot: CorpusSnapshot;
}

export async function ensurePostgresIndex({
  database,
  documents,
  embedderSpec,
  chunking,
  logger,
  loadSourceVectors = loadPackagedWordVectors,
  removeMissing = false,
}: EnsurePostgresIndexOptions): Promise<PostgresIndex> {
  const store = createPostgresCorpusStore({ database });
  return database.withSessionLock(INDEXER_LOCK, async () => {
    const settings = await store.readSettings();
    let stored = await loadLexiconRow(database);
    const wanted = { id: embedderSpec.id, settings: embedderSpec.settings, chunking };
    const current = settings && {
      id: settings.embedder.id,
      settings: settings.embedder.settings,
      chunking: settings.chunking,
    };
    // Deep equality: jsonb does not keep the order of an object's keys.
    if (!stored || !isDeepStrictEqual(current, wanted)) {
      logger.info(
        `building the corpus in PostgreSQL: ${settings ? 'the embedder or chunking changed' : 'no corpus yet'}`,
      );
      const lexicon = await fitLexicon({ documents, embedderSpec, chunking, loadSourceVectors });
      const embedder = await embedderSpec.create({ lexicon });
      await saveLexiconRow(database, lexicon);
      await store.clear({
        embedder: {
          id: embedderSpec.id,
          dimension: embedder.dimension,
          settings: embedderSpec.settings,
        },
        chunking,
      });
      stored = await loadLexiconRow(database);
    }
    const refreshed = await refreshLexicalTerms(database);
    if (refreshed > 0)
      logger.info(`lexical terms of ${refreshed} chunks made again: the lemmatizer changed`);
    const { lexicon, integrity } = stored!;
    const embedder = await embedderSpec.create({ lexicon });
    const result = await syncDocuments({
      database,
      store,
      documents,
      chunking,
      removeMissing,
      embedChunks: (chunks) => embedder.embedDocuments(chunks.map(searchTextOf)),
    });
    if (result.upserted + result.removed > 0)
      logger.info(
        `corpus updated in PostgreSQL: ${result.upserted} added or changed, ${result.removed} removed (${result.embeddedChunks} chunks embedded)`,
      );
    const snapshot = await loadCorpusSnapshot(database);
    const { rows } = await database.query<{ bytes: string }>(
      'SELECT pg_database_size(current_database())::text AS bytes',
    );
    const finalSettings = (await store.readSettings())!;
    return {
      snapshot,
      index: {
        manifest: {
          version: MANIFEST_VERSION,
          builtAt: new Date().toISOString(),
          embedder: finalSettings.embedder,
          chunking: finalSettings.chunking,
          hnsw: DEFAULT_HNSW,
          documents: snapshot.documents.length,
          chunks: snapshot.chunks.length,
          integrity: { 'lexicon.bin': integrity },
        },
        store,
        chunks: snapshot.chunks,
        lexicon,
        embedder,
        bytes: Number(rows[0]?.bytes ?? 0),
      },
    };
  });
}

/** The corpus's words cut from the full vectors, fitted as the embedded build fits them. */
async function fitLexicon({
  documents,
  embedderSpec,
  chunking,
  loadSourceVectors,
}: {
  documents: SourceDocument[];
  embedderSpec: EmbedderSpec;
  chunking: Required<ChunkingOptions>;
  loadSourceVectors: () => Promise<WordVectors>;
}): Promise<WordVectors> {
  const texts = chunkEach(documents, chunking).flat().map(searchTextOf);
  const source = await loadSourceVectors();
  return embedderSpec.fit
    ? (await embedderSpec.fit({ lexicon: source, texts })).lexicon
    : compactWordVectors(source, corpusWordsOf(texts));
}
