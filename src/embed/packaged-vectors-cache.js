// @ts-check
/**
 * A binary copy of the packaged word vectors as parsed (`parsePackagedWordVectors`):
 * the words and the float32 unit vectors, written once after a parse so the
 * next build reads ≈ 140 MB instead of parsing ≈ 300 MB of JSON (≈ 5–6 s of a
 * core and the JSON file's bytes on the heap). The copy holds what the parse
 * gave, byte for byte; it is used only when it was made from the same file
 * (package version, size, modification time) by the same parser (a digest of
 * the parser's sources), and anything wrong with it (missing, cut short, other
 * source) means parsing the JSON as before. Writing it is best effort: a
 * read-only installation parses every time. Plain JavaScript (type-checked
 * through `// @ts-check`): it runs on the thread that reads the vectors
 * (`packaged-vectors-worker.js`), which has no TypeScript loader.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import process from 'node:process';
import { URL } from 'node:url';
import { threadId } from 'node:worker_threads';

/** @typedef {import('./parse-packaged-word-vectors.js').PackagedWordVectors} PackagedWordVectors */

/** The file's first bytes; the JSON header's length (u32, little-endian) follows. */
const MAGIC = 'SRCPWV1\n';
const PREFIX_BYTES = MAGIC.length + 4;

/**
 * What the copy was made from: the JSON file and the parser. Two copies of the same source
 * have equal keys.
 * @param {{ sourcePath: string, packageVersion: string }} source
 * @returns {string}
 */
export function packagedVectorsCacheKey({ sourcePath, packageVersion }) {
  const descriptor = openSync(sourcePath, 'r');
  let stat;
  try {
    stat = fstatSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  const parser = createHash('sha256');
  for (const file of ['./parse-packaged-word-vectors.js', './json-bytes-reader.js'])
    parser.update(readFileSync(new URL(file, import.meta.url)));
  return JSON.stringify({
    packageVersion,
    bytes: stat.size,
    modified: stat.mtimeMs,
    parser: parser.digest('hex'),
  });
}

/**
 * The vectors in the copy at `path` when it was made with `key`, else null (no copy, another
 * source, or a copy that is not whole). The floats come in shared memory, as the parse gives
 * them (the fit's second pooling thread reads them in place).
 * @param {string} path
 * @param {string} key
 * @returns {PackagedWordVectors | null}
 */
export function readPackagedVectorsCache(path, key) {
  let descriptor;
  try {
    descriptor = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const size = fstatSync(descriptor).size;
    const prefix = readExactly(descriptor, 0, PREFIX_BYTES);
    if (!prefix || prefix.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) return null;
    const headerBytes = prefix.readUInt32LE(MAGIC.length);
    const headerRead = readExactly(descriptor, PREFIX_BYTES, headerBytes);
    if (!headerRead) return null;
    /** @type {{ key?: unknown, dimensions?: unknown, count?: unknown, wordsBytes?: unknown }} */
    const header = JSON.parse(headerRead.toString('utf8'));
    const { dimensions, count, wordsBytes } = header;
    if (
      header.key !== key ||
      !Number.isInteger(dimensions) ||
      !Number.isInteger(count) ||
      !Number.isInteger(wordsBytes)
    )
      return null;
    const wordsAt = PREFIX_BYTES + headerBytes;
    const dataAt = alignedDataOffset(wordsAt + Number(wordsBytes));
    const dataBytes = Number(count) * Number(dimensions) * Float32Array.BYTES_PER_ELEMENT;
    if (size !== dataAt + dataBytes) return null;
    const wordsRead = readExactly(descriptor, wordsAt, Number(wordsBytes));
    if (!wordsRead) return null;
    /** @type {unknown} */
    const words = JSON.parse(wordsRead.toString('utf8'));
    if (
      !Array.isArray(words) ||
      words.length !== count ||
      !words.every((word) => typeof word === 'string')
    )
      return null;
    const data = new Float32Array(new SharedArrayBuffer(dataBytes));
    if (!readInto(descriptor, dataAt, new Uint8Array(data.buffer))) return null;
    return { dimensions: Number(dimensions), words, data };
  } catch {
    return null;
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Writes the copy of `vectors` made with `key` to `path` (through a temporary file renamed
 * into place, so a reader sees the whole copy or none); false when it could not.
 * @param {string} path
 * @param {string} key
 * @param {PackagedWordVectors} vectors
 * @returns {boolean}
 */
export function writePackagedVectorsCache(path, key, { dimensions, words, data }) {
  const temporary = `${path}.${process.pid}-${threadId}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const wordsBytes = Buffer.from(JSON.stringify(words), 'utf8');
    const header = Buffer.from(
      JSON.stringify({ key, dimensions, count: words.length, wordsBytes: wordsBytes.length }),
      'utf8',
    );
    const prefix = Buffer.alloc(PREFIX_BYTES);
    prefix.write(MAGIC, 0, 'latin1');
    prefix.writeUInt32LE(header.length, MAGIC.length);
    const wordsAt = PREFIX_BYTES + header.length;
    const padding = alignedDataOffset(wordsAt + wordsBytes.length) - wordsAt - wordsBytes.length;
    const descriptor = openSync(temporary, 'w');
    try {
      for (const part of [
        prefix,
        header,
        wordsBytes,
        Buffer.alloc(padding),
        Buffer.from(data.buffer, data.byteOffset, data.byteLength),
      ])
        for (let written = 0; written < part.length;)
          written += writeSync(descriptor, part, written, part.length - written);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, path);
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Its folder could not be made: there is nothing to remove.
    }
    return false;
  }
}

/** The floats start on a 4-byte boundary of the file. @param {number} offset */
function alignedDataOffset(offset) {
  return offset + ((Float32Array.BYTES_PER_ELEMENT - (offset % 4)) % 4);
}

/**
 * `length` bytes at `position`, or null when the file ends first.
 * @param {number} descriptor @param {number} position @param {number} length
 * @returns {Buffer | null}
 */
function readExactly(descriptor, position, length) {
  const bytes = Buffer.alloc(length);
  return readInto(descriptor, position, bytes) ? bytes : null;
}

/**
 * Fills `target` from `position`; false when the file ends first.
 * @param {number} descriptor @param {number} position @param {Uint8Array} target
 * @returns {boolean}
 */
function readInto(descriptor, position, target) {
  for (let filled = 0; filled < target.length;) {
    const read = readSync(descriptor, target, filled, target.length - filled, position + filled);
    if (read === 0) return false;
    filled += read;
  }
  return true;
}
