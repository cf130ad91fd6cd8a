/**
 * Indexing runs against one PostgreSQL database: a run re-embeds only the
 * documents whose content changed, removes those gone, rebuilds on new
 * settings; two runs at once (two machines running `npm run index` on
 * different versions of the folder) leave one consistent corpus, exactly
 * one of the two versions, never a mix.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/ingest/document-types.js';
import { hashDocument } from '../../src/store/index-manifest.js';
import { createPostgresCorpusStore } from '../../src/store/postgres/postgres-corpus-store.js';
import { syncPostgresCorpus } from '../../src/store/postgres/sync-postgres-corpus.js';
import { startTestPostgres, type TestPostgres } from '../helpers/test-postgres.js';
import { BORDER, BORDER_V2, FOOTBALL, SETTINGS, UNDATED, vectorOf } from './store-fixtures.js';

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres.close();
});
beforeEach(async () => {
  await postgres.reset();
});

/** One indexer process: its own pool, store and embedder, counting what it embeds. */
async function startIndexer() {
  const database = await postgres.connect();
  const store = createPostgresCorpusStore({ database });
  const embedded: string[] = [];
  return {
    store,
    embedded,
    run: (documents = [BORDER.document, FOOTBALL.document], settings = SETTINGS) =>
      syncPostgresCorpus({
        database,
        store,
        documents,
        settings,
        embedChunks: async (chunks: Chunk[]) => {
          embedded.push(...chunks.map((chunk) => chunk.chunkId));
          // A pause, so that concurrent runs really overlap while embedding.
          await new Promise((resolve) => setTimeout(resolve, 20));
          return chunks.map((chunk) => vectorOf(chunk.chunkId + chunk.text));
        },
      }),
  };
}

const corpusOf = async (store: Awaited<ReturnType<typeof startIndexer>>['store']) =>
  (await store.listDocuments()).map((document) => `${document.docId}:${document.contentHash}`);

describe('indexing into PostgreSQL', () => {
  it('embeds only what changed, removes what is gone, rebuilds on new settings', async () => {
    const indexer = await startIndexer();
    expect(await indexer.run()).toMatchObject({ rebuilt: true, upserted: 2, removed: 0 });
    indexer.embedded.length = 0;

    expect(await indexer.run()).toMatchObject({ rebuilt: false, upserted: 0, embeddedChunks: 0 });
    expect(indexer.embedded).toEqual([]);

    const result = await indexer.run([BORDER_V2.document, UNDATED.document]);
    expect(result).toMatchObject({ upserted: 2, removed: 1 });
    expect(new Set(indexer.embedded.map((id) => id.split('#')[0]))).toEqual(
      new Set(['border', 'undated']),
    );
    expect(await corpusOf(indexer.store)).toEqual([
      `border:${hashDocument(BORDER_V2.document)}`,
      `undated:${hashDocument(UNDATED.document)}`,
    ]);

    const resized = { ...SETTINGS, chunking: { maxChars: 120, overlapSentences: 0 } };
    expect(await indexer.run([BORDER_V2.document, UNDATED.document], resized)).toMatchObject({
      rebuilt: true,
      upserted: 2,
    });
    expect(await indexer.store.readSettings()).toEqual(resized);
  });

  it('leaves one consistent corpus when two indexers run at once on different folders', async () => {
    const first = await startIndexer();
    const second = await startIndexer();
    const versionA = [BORDER.document, FOOTBALL.document];
    const versionB = [BORDER_V2.document, UNDATED.document];
    await Promise.all([first.run(versionA), second.run(versionB)]);

    const corpus = await corpusOf(first.store);
    const expectedA = [
      `border:${hashDocument(BORDER.document)}`,
      `football:${hashDocument(FOOTBALL.document)}`,
    ];
    const expectedB = [
      `border:${hashDocument(BORDER_V2.document)}`,
      `undated:${hashDocument(UNDATED.document)}`,
    ];
    expect([expectedA, expectedB]).toContainEqual(corpus);
    const winner = corpus[0] === expectedA[0] ? [BORDER, FOOTBALL] : [BORDER_V2, UNDATED];
    expect(await first.store.counts()).toEqual({
      documents: 2,
      chunks: winner.reduce((sum, record) => sum + record.chunks.length, 0),
    });
    const dense = await second.store.searchVectors({ vector: vectorOf('q'), k: 50 });
    expect(new Set(dense.map((hit) => hit.chunkId.split('#')[0]))).toEqual(
      new Set(winner.map((record) => record.document.docId)),
    );
  });
});
