/**
 * A lexicon file opened for reading on use: its header (words, ranks, the
 * common component) is held, and each vector is read from the file the first
 * time it is asked for and kept in a bounded cache. The server then holds a
 * few thousand vectors instead of the file's 20 MB (a question touches tens
 * to hundreds of words; the 209 seed questions touch 1,099).
 *
 * The file is read once whole on opening, through the descriptor the vectors
 * are later read from, for its checksum: a file replaced on disk afterwards
 * (an index rebuilt beside the running server) is not mixed with it. The
 * descriptor is closed when the vectors are garbage, never before: an answer
 * still using them could otherwise read another file that took its number.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import {
  corruptLexicon,
  createWordVectorsFrom,
  parseWordVectorsHeader,
  type WordVectors,
} from './word-vectors.js';
import { WORD_VECTORS_PREFIX_BYTES, wordVectorsDataOffset } from './word-vectors-layout.js';

export interface WordVectorsFile {
  /** SHA-256 (hex) and size of the whole file as read on opening. */
  readonly sha256: string;
  readonly bytes: number;
  /**
   * The vectors, read on use (the same object each call); throws `index_corrupt` when the
   * file is not a lexicon, and closes the file then.
   */
  wordVectors(options?: { cachedVectors?: number }): WordVectors;
  /** Closes the file unless its vectors were made (they close it once they are garbage). */
  close(): void;
}

const closeWhenCollected = new FinalizationRegistry<number>((descriptor) => {
  try {
    closeSync(descriptor);
  } catch {
    // Already closed: nothing to release.
  }
});

/** Opens the lexicon at `path` and reads it once for its checksum. */
export function openWordVectorsFile(path: string): WordVectorsFile {
  const descriptor = openSync(path, 'r');
  let size: number;
  let sha256: string;
  let head: Buffer;
  try {
    size = fstatSync(descriptor).size;
    const hash = createHash('sha256');
    const block = Buffer.allocUnsafe(1 << 20);
    head = Buffer.alloc(0);
    for (let position = 0; position < size;) {
      const read = readSync(
        descriptor,
        block,
        0,
        Math.min(block.length, size - position),
        position,
      );
      if (read === 0) break;
      hash.update(block.subarray(0, read));
      if (position === 0) head = Buffer.from(block.subarray(0, read));
      position += read;
    }
    sha256 = hash.digest('hex');
  } catch (error) {
    closeSync(descriptor);
    throw error;
  }
  let made: WordVectors | undefined;
  let closed = false;
  const close = () => {
    if (made || closed) return;
    closed = true;
    closeSync(descriptor);
  };
  return {
    sha256,
    bytes: size,
    close,
    wordVectors: (options = {}) => {
      if (!made) {
        try {
          made = createFileVectors(options.cachedVectors);
        } catch (error) {
          close();
          throw error;
        }
        closeWhenCollected.register(made, descriptor);
      }
      return made;
    },
  };

  function createFileVectors(cachedVectors = 8192): WordVectors {
    if (closed) throw new Error(`${path} is closed`);
    const dataStart = wordVectorsDataOffset(head);
    if (dataStart === undefined) throw corruptLexicon(path, 'bad magic');
    if (dataStart > size) throw corruptLexicon(path, 'size mismatch');
    const headerBytes = Buffer.alloc(dataStart - WORD_VECTORS_PREFIX_BYTES);
    readSync(descriptor, headerBytes, 0, headerBytes.length, WORD_VECTORS_PREFIX_BYTES);
    const header = parseWordVectorsHeader(headerBytes, path);
    const vectorBytes = header.dimension * Float32Array.BYTES_PER_ELEMENT;
    if (size - dataStart !== header.words.length * vectorBytes)
      throw corruptLexicon(path, 'size mismatch');
    const cache = new Map<number, Float32Array>();
    return createWordVectorsFrom({
      header,
      vectorAt: (position) => {
        const cached = cache.get(position);
        if (cached) return cached;
        const vector = new Float32Array(header.dimension);
        const bytes = new Uint8Array(vector.buffer);
        const read = readSync(
          descriptor,
          bytes,
          0,
          vectorBytes,
          dataStart + position * vectorBytes,
        );
        if (read !== vectorBytes) throw corruptLexicon(path, 'file cut short');
        // Oldest first out: the words of the questions being answered are asked again soon.
        if (cache.size >= cachedVectors) cache.delete(cache.keys().next().value!);
        cache.set(position, vector);
        return vector;
      },
    });
  }
}
