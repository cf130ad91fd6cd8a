/**
 * How many of a seeds folder's articles a built index's file stamps do not
 * vouch for (name, size and modification time): a start on that index reads
 * those files again. A cold-start benchmark whose index was built from
 * another copy of the corpus (the same text, other times) measures that read
 * instead of a restart's; the thirteenth pass's 100k starts were ≈ 3.5 s of
 * main thread slower for it. The ingest version the stamps were made under is
 * returned too: stamps of another version vouch for nothing.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export interface StampCheck {
  files: number;
  /** Files with no stamp, or whose size or time differ from it. */
  unvouched: number;
  ingestVersion: string | null;
}

export function checkFileStamps({
  indexDir,
  seedsDir,
}: {
  indexDir: string;
  seedsDir: string;
}): StampCheck {
  const database = new Database(join(indexDir, 'data', 'corpus.db'), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    const stamps = new Map(
      database
        .prepare<[], { file_name: string; size: number; mtime_ms: number }>(
          'SELECT file_name, size, mtime_ms FROM seed_files',
        )
        .all()
        .map((row) => [row.file_name, row]),
    );
    const version = database
      .prepare<[], string>("SELECT value FROM meta WHERE key = 'ingest_version'")
      .pluck()
      .get();
    const names = readdirSync(seedsDir).filter((name) => /\.(txt|md)$/iu.test(name));
    let unvouched = 0;
    for (const name of names) {
      const stamp = stamps.get(name);
      const { size, mtimeMs } = lstatSync(join(seedsDir, name));
      if (!stamp || stamp.size !== size || stamp.mtime_ms !== mtimeMs) unvouched += 1;
    }
    return { files: names.length, unvouched, ingestVersion: version ?? null };
  } finally {
    database.close();
  }
}
