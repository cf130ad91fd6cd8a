/**
 * The lexicon (corpus-fitted word vectors) as a row of `corpus_files`, so
 * that every server embeds questions exactly as the indexer embedded the
 * chunks. Stored in the same format as the embedded index's `lexicon.bin`
 * and read back through the same validating loader.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  loadWordVectorsFile,
  saveWordVectors,
  type WordVectors,
} from '../../embed/word-vectors.js';
import { AppError } from '../../errors/app-error.js';
import type { FileIntegrity } from '../file-integrity.js';
import type { SqlClient } from './sql-database.js';

const NAME = 'lexicon.bin';
const PART_BYTES = 1024 * 1024;

async function withTemporaryFile<T>(work: (path: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'sourced-lexicon-'));
  try {
    return await work(join(folder, NAME));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export async function saveLexiconRow(client: SqlClient, lexicon: WordVectors): Promise<void> {
  const bytes = await withTemporaryFile(async (path) => {
    await saveWordVectors(lexicon, path);
    return readFile(path);
  });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await client.query('DELETE FROM corpus_files WHERE name = $1', [NAME]);
  for (let part = 0; part * PART_BYTES < bytes.length; part += 1)
    await client.query(
      'INSERT INTO corpus_files (name, part, sha256, bytes) VALUES ($1, $2, $3, $4)',
      [NAME, part, sha256, bytes.subarray(part * PART_BYTES, (part + 1) * PART_BYTES)],
    );
}

/** The stored lexicon and its integrity, or null when none was written yet. */
export async function loadLexiconRow(
  client: SqlClient,
): Promise<{ lexicon: WordVectors; integrity: FileIntegrity } | null> {
  // Part by part: PGlite (the tests' server) stalls on results of several MB.
  const { rows: parts } = await client.query<{ part: number; sha256: string }>(
    'SELECT part, sha256 FROM corpus_files WHERE name = $1 ORDER BY part',
    [NAME],
  );
  if (parts.length === 0) return null;
  const pieces: Buffer[] = [];
  for (const { part } of parts) {
    const { rows } = await client.query<{ bytes: Buffer }>(
      'SELECT bytes FROM corpus_files WHERE name = $1 AND part = $2',
      [NAME, part],
    );
    pieces.push(rows[0]?.bytes ?? Buffer.alloc(0));
  }
  const row = { sha256: parts[0]!.sha256, bytes: Buffer.concat(pieces) };
  const sha256 = createHash('sha256').update(row.bytes).digest('hex');
  if (sha256 !== row.sha256 || parts.some((part, index) => part.part !== index))
    throw new AppError(
      'index_corrupt',
      'The lexicon in the database does not match its checksum: rebuild with `npm run index`.',
    );
  const lexicon = await withTemporaryFile(async (path) => {
    await writeFile(path, row.bytes);
    return loadWordVectorsFile(path);
  });
  return { lexicon, integrity: { sha256, bytes: row.bytes.byteLength } };
}
