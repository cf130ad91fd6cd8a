/**
 * A start that must build the whole index hands the build to another process
 * (`buildApart`, the server's `npm run index` command) and opens what it
 * built, building nothing itself; when that fails the build runs in process
 * as before. `runIndexCommand` runs a command with this process's Node, flags
 * and environment and reports whether it succeeded.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIndexCommand } from '../../src/cli/run-index-command.js';
import { wordVectorEmbedderSpec } from '../../src/embed/embedder-spec.js';
import type { WordVectors } from '../../src/embed/word-vectors.js';
import { loadLibrary } from '../../src/ingest/formats/library-files.js';
import { createLogger } from '../../src/log/logger.js';
import { buildIndex } from '../../src/store/build-index.js';
import { openSeedsIndex, stampsOf } from '../../src/store/open-seeds-index.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';

let work: string;
let seedsDir: string;
let indexDir: string;
const chunking = { maxChars: 600, overlapSentences: 1 };
const fakeVectors = createFakeWordVectors(['pakistan', 'iran', 'colonel', 'officers']);

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'sourced-build-apart-'));
  seedsDir = join(work, 'seeds');
  indexDir = join(work, 'index');
  await cp('seeds', seedsDir, { recursive: true });
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** What `npm run index` does, in this process: the whole index from the folder. */
async function buildAsTheCommandDoes() {
  const library = await loadLibrary(seedsDir);
  await buildIndex({
    documents: library.map((entry) => entry.document),
    indexDir,
    embedderSpec: wordVectorEmbedderSpec(),
    chunking,
    loadSourceVectors: fakeVectors,
    files: stampsOf(library),
  });
}

function start({
  buildApart,
  loadSourceVectors,
}: {
  buildApart: () => Promise<boolean>;
  loadSourceVectors: () => Promise<WordVectors>;
}) {
  return openSeedsIndex({
    seedsDir,
    indexDir,
    embedderSpec: wordVectorEmbedderSpec(),
    chunking,
    logger: createLogger({ level: 'silent' }),
    loadSourceVectors,
    buildApart,
  });
}

const notHere = async (): Promise<WordVectors> => {
  throw new Error('the index was built in this process');
};

describe('a start that must build the index', () => {
  it('has it built apart, then opens it and builds nothing itself', async () => {
    let builds = 0;
    const opened = await start({
      buildApart: async () => {
        builds += 1;
        await buildAsTheCommandDoes();
        return true;
      },
      loadSourceVectors: notHere,
    });
    expect(builds).toBe(1);
    expect(opened.documents).toHaveLength(5);
    expect(await opened.index.store.counts()).toMatchObject({ documents: 5 });
    await opened.index.store.close();
  });

  it('does not build apart when the index is there and fresh', async () => {
    await buildAsTheCommandDoes();
    let builds = 0;
    const opened = await start({
      buildApart: async () => {
        builds += 1;
        return true;
      },
      loadSourceVectors: notHere,
    });
    expect(builds).toBe(0);
    await opened.index.store.close();
  });

  it('builds in process when the build apart fails', async () => {
    let loaded = 0;
    const opened = await start({
      buildApart: async () => false,
      loadSourceVectors: async () => {
        loaded += 1;
        return fakeVectors();
      },
    });
    expect(loaded).toBe(1);
    expect(opened.documents).toHaveLength(5);
    await opened.index.store.close();
  });
});

describe('running the index command', () => {
  it('runs it with this environment and reports success or failure by its exit code', async () => {
    const entry = join(work, 'command.mjs');
    const marker = join(work, 'ran.txt');
    await writeFile(
      entry,
      `import { writeFileSync } from 'node:fs';
writeFileSync(${JSON.stringify(marker)}, process.env.SOURCED_TEST_VALUE ?? 'unset');
process.exit(Number(process.env.SOURCED_TEST_EXIT ?? 0));
`,
    );
    process.env.SOURCED_TEST_VALUE = 'inherited';
    try {
      expect(await runIndexCommand({ entry })).toBe(true);
      expect(await readFile(marker, 'utf8')).toBe('inherited');
      process.env.SOURCED_TEST_EXIT = '3';
      expect(await runIndexCommand({ entry })).toBe(false);
    } finally {
      delete process.env.SOURCED_TEST_VALUE;
      delete process.env.SOURCED_TEST_EXIT;
    }
  });

  it('reports failure when the command cannot be run', async () => {
    expect(await runIndexCommand({ entry: join(work, 'missing.mjs') })).toBe(false);
  });
});
