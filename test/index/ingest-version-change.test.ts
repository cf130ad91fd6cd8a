/**
 * A start on an index whose documents an older ingestion made (another
 * `INGEST_VERSION`) reads every file again; when a document comes out
 * different, the index it leaves is the one a fresh build of the same files
 * makes: the same chunks, vectors, lexicon and corpus statistics, so the same
 * answers. Updated in place, the lexicon kept the fit (the SIF common
 * component) of the corpus the older ingestion made, every vector drifted
 * from a fresh build's, and a follow-up on a blind trial corpus was answered
 * differently.
 */
import { cp, mkdtemp, readdir, readFile, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import { loadLibrary } from '../../src/ingest/formats/library-files.js';
import type { SourceDocument } from '../../src/ingest/document-types.js';
import { wordVectorEmbedderSpec, type EmbedderSpec } from '../../src/embed/embedder-spec.js';
import { buildIndex } from '../../src/store/build-index.js';
import { openSeedsIndex } from '../../src/store/open-seeds-index.js';
import { countingEmbedderSpec } from '../helpers/counting-embedder.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';

let work: string;
let seedsDir: string;
const loadSourceVectors = createFakeWordVectors(['pakistan', 'iran', 'border', 'orchard']);
const CHUNKING = { maxChars: 600, overlapSentences: 1 };
const REREAD = '000_bcff9cf575703604';

function start(indexDir: string, embedderSpec: EmbedderSpec = wordVectorEmbedderSpec()) {
  return openSeedsIndex({
    seedsDir,
    indexDir,
    embedderSpec,
    chunking: CHUNKING,
    logger: createLogger({ level: 'silent' }),
    loadSourceVectors,
  });
}

/** The seeds as an older ingestion read them (`readAs` changes some), stored under its version. */
async function buildAsOlderIngestion(
  indexDir: string,
  readAs: (document: SourceDocument) => SourceDocument = (document) => document,
) {
  const library = await loadLibrary(seedsDir);
  await buildIndex({
    documents: library.map((entry) => readAs(entry.document)),
    indexDir,
    embedderSpec: wordVectorEmbedderSpec(),
    chunking: CHUNKING,
    loadSourceVectors,
  });
  const database = new Database(join(indexDir, 'data', 'corpus.db'));
  database
    .prepare("UPDATE meta SET value = 'an older ingestion' WHERE key = 'ingest_version'")
    .run();
  database.close();
}

/** Everything a question is answered from: the store's rows, FTS5's figures, the lexicon. */
async function contentsOf(indexDir: string) {
  const data = join(indexDir, 'data');
  const database = new Database(join(data, 'corpus.db'), { readonly: true });
  const rows = (sql: string) => database.prepare(sql).raw().all();
  const contents = {
    documents: rows('SELECT * FROM documents ORDER BY doc_id'),
    chunks: rows('SELECT * FROM chunks ORDER BY label'),
    lemmas: rows('SELECT * FROM lemma_counts ORDER BY lemma'),
    keys: rows('SELECT * FROM document_keys ORDER BY doc_id'),
    // FTS5's row count and column totals: bm25()'s N and average lengths.
    ftsAverages: rows('SELECT block FROM chunk_terms_data WHERE id = 1'),
    vocabulary: rows('SELECT term, col, doc, cnt FROM chunk_vocabulary ORDER BY term, col'),
    postings: rows('SELECT * FROM term_postings ORDER BY term, segment'),
    lexicon: await readFile(join(data, 'lexicon.bin')),
  };
  database.close();
  return contents;
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'sourced-ingest-version-'));
  seedsDir = join(work, 'seeds');
  await cp('seeds', seedsDir, { recursive: true });
  // Files modified a while ago: the files read are stamped for the next start.
  const past = new Date('2024-01-01T00:00:00Z');
  for (const name of await readdir(seedsDir)) await utimes(join(seedsDir, name), past, past);
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('starting on an index an older ingestion made', () => {
  it('leaves the index a fresh build of the same files makes when a document comes out different', async () => {
    const upgraded = join(work, 'upgraded');
    await buildAsOlderIngestion(upgraded, (document) =>
      document.docId === REREAD ? { ...document, title: 'A title the older ingestion read' } : document,
    );
    const opened = await start(upgraded);
    const question = { query: 'Pakistan Iran border', k: 5 };
    const [lexical, dense] = [
      await opened.index.store.searchLexical(question),
      await opened.index.store.searchVectors({
        vector: await opened.index.embedder.embedQuery(question.query),
        k: 5,
      }),
    ];
    await opened.index.store.close();
    const fresh = await start(join(work, 'fresh'));
    expect(await fresh.index.store.searchLexical(question)).toEqual(lexical);
    expect(
      await fresh.index.store.searchVectors({
        vector: await fresh.index.embedder.embedQuery(question.query),
        k: 5,
      }),
    ).toEqual(dense);
    await fresh.index.store.close();
    expect(await contentsOf(upgraded)).toEqual(await contentsOf(join(work, 'fresh')));
  });

  it('embeds nothing again when every document comes out the same', async () => {
    const indexDir = join(work, 'index');
    await buildAsOlderIngestion(indexDir);
    const embedded: string[] = [];
    const opened = await start(indexDir, countingEmbedderSpec(embedded));
    expect(opened.library.every((entry) => !entry.reused)).toBe(true);
    expect(embedded).toEqual([]);
    expect(opened.index.store.ingestedByOtherVersion()).toBe(false);
    await opened.index.store.close();
  });
});
