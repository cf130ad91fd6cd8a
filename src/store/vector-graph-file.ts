/**
 * The embedded store's HNSW graph on disk: `vectors.hnsw` plus
 * `vectors.json` recording which database generation it holds. A graph that
 * is missing, damaged (its SHA-256, then its structure, are checked before
 * hnswlib reads it) or behind the database (a crash between the database
 * commit and the graph's save) is rebuilt from the vectors the database keeps.
 */
import { readFileSync, statSync } from 'node:fs';
import { rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { findHnswFileProblem } from './check-hnsw-file.js';
import {
  describeFile,
  describeWindow,
  fileIntegritySchema,
  findIntegrityProblem,
} from './file-integrity.js';
import { withFileWindow } from './file-window.js';
import { createHnswVectorStore, loadHnswVectorStore } from './hnsw-vector-store.js';
import type { HnswParameters, VectorStore } from './vector-store.js';

const stampSchema = z.object({
  generation: z.number().int(),
  elements: z.number().int(),
  integrity: fileIntegritySchema,
  /** `vectors.hnsw`'s modification time when it was saved (stamps of older releases lack it). */
  mtimeMs: z.number().optional(),
});

export function graphPaths(dir: string) {
  return { graph: join(dir, 'vectors.hnsw'), stamp: join(dir, 'vectors.json') };
}

export interface GraphExpectation {
  dimension: number;
  /** Labels ever assigned (deleted ones stay in the graph, marked). */
  elements: number;
  generation: number;
  hnsw: HnswParameters;
  efSearch: number;
}

/**
 * The saved graph when it is sound and current; otherwise why not. The files are read and
 * checked synchronously, so hnswlib's read (on a thread) has begun when this returns: a
 * caller that goes on meanwhile (`graphInBackground`) does not hold it back.
 */
export async function loadVectorGraph(
  dir: string,
  expected: GraphExpectation,
): Promise<{ graph: VectorStore } | { problem: string }> {
  const paths = graphPaths(dir);
  const stampText = readOrNull(() => readFileSync(paths.stamp, 'utf8'));
  if (stampText === null) return { problem: 'no saved graph' };
  let stamp: z.infer<typeof stampSchema>;
  try {
    stamp = stampSchema.parse(JSON.parse(stampText));
  } catch {
    return { problem: 'vectors.json unreadable' };
  }
  if (stamp.generation !== expected.generation || stamp.elements !== expected.elements)
    return { problem: 'saved graph is behind the database' };
  // The size first: a truncated file is found without reading it. Then the checksum and the
  // structure (hnswlib reads the file itself afterwards).
  const info = readOrNull(() => {
    const found = statSync(paths.graph);
    return found.isFile() ? found : null;
  });
  if (info === null) return { problem: 'vectors.hnsw missing' };
  if (info.size !== stamp.integrity.bytes)
    return { problem: `vectors.hnsw ${info.size} bytes, expected ${stamp.integrity.bytes}` };
  // Untouched since its save (same size and time): its checksum would only repeat the save's.
  const unchanged = stamp.mtimeMs === info.mtimeMs;
  const problem = checkGraphFile(paths.graph, stamp.integrity, !unchanged, expected);
  if (problem !== null) return { problem };
  const graph = await loadHnswVectorStore({
    path: paths.graph,
    dimension: expected.dimension,
    efSearch: expected.efSearch,
  });
  return { graph };
}

/**
 * Why the graph file is damaged (its checksum when `hash`, then its structure), or null.
 * The file is read through a window of 1 MiB, once for each check, never whole.
 */
function checkGraphFile(
  path: string,
  integrity: z.infer<typeof fileIntegritySchema>,
  hash: boolean,
  expected: GraphExpectation,
): string | null {
  let problem: string | null;
  try {
    problem = withFileWindow(path, integrity.bytes, (window) => {
      const damage = hash ? findIntegrityProblem(describeWindow(window), integrity) : null;
      if (damage !== null) return damage;
      return findHnswFileProblem(window, {
        dimension: expected.dimension,
        count: expected.elements,
        m: expected.hnsw.m,
      });
    });
  } catch {
    // Gone or shortened since it was looked at.
    return 'vectors.hnsw unreadable';
  }
  return problem === null ? null : `vectors.hnsw ${problem}`;
}

/** What `read` gives, or null when it throws (a file missing or unreadable). */
function readOrNull<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/** A graph over `vectors` by label (undefined: a deleted label, added then marked deleted). */
export function rebuildVectorGraph({
  vectors,
  dimension,
  hnsw,
  efSearch,
}: {
  vectors: (number[] | undefined)[];
  dimension: number;
  hnsw: HnswParameters;
  efSearch: number;
}): VectorStore {
  const graph = createHnswVectorStore({
    vectors: [],
    dimension,
    parameters: { ...hnsw, efSearch },
    capacity: vectors.length,
  });
  const filler = new Array<number>(dimension).fill(0);
  filler[0] = 1;
  // Not forEach: it skips the holes (deleted labels), and the graph would hold fewer
  // elements than labels assigned, so every later start would rebuild it again.
  for (let label = 0; label < vectors.length; label += 1) {
    const vector = vectors[label];
    graph.add!(vector ?? filler, label);
    if (!vector) graph.remove!(label);
  }
  return graph;
}

/** Saves the graph (write then rename), then the stamp naming its generation, size, hash and time. */
export async function saveVectorGraph(
  dir: string,
  graph: VectorStore,
  stamp: { generation: number; elements: number },
): Promise<void> {
  const paths = graphPaths(dir);
  const temporary = `${paths.graph}.tmp-${process.pid}`;
  await graph.save(temporary);
  const integrity = await describeFile(temporary);
  // A rename keeps the time; taken before it, so a graph replaced meanwhile is never vouched for.
  const { mtimeMs } = await stat(temporary);
  await rename(temporary, paths.graph);
  await writeFile(
    `${paths.stamp}.tmp-${process.pid}`,
    JSON.stringify({ ...stamp, integrity, mtimeMs }),
  );
  await rename(`${paths.stamp}.tmp-${process.pid}`, paths.stamp);
}
