/**
 * Vitest global setup: runs PGlite's initdb once and saves the empty data
 * directory, so every Postgres test file starts its own server from it in
 * under a second instead of four.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
  }
}

export default async function setup(project: TestProject) {
  const folder = await mkdtemp(join(tmpdir(), 'sourced-pglite-'));
  const path = join(folder, 'template.tar');
  const db = await PGlite.create();
  const dump = await db.dumpDataDir('none');
  await db.close();
  await writeFile(path, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplatePath', path);
  return async () => {
    await rm(folder, { recursive: true, force: true });
  };
}
