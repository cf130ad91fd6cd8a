/**
 * Reads a lexicon file whole into one buffer placed so that its float32 data
 * starts on a 4-byte boundary of the memory: the word vectors can then be a
 * view of the bytes read instead of a copy (`parseWordVectorsFile`), so the
 * server holds the file's 20 MB once, not twice until the next collection.
 */
import { open } from 'node:fs/promises';
import { WORD_VECTORS_PREFIX_BYTES, wordVectorsDataOffset } from './word-vectors-layout.js';

/** The bytes of the file at `path`; a file that is not a lexicon is read as it is. */
export async function readWordVectorsFile(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const prefix = Buffer.alloc(WORD_VECTORS_PREFIX_BYTES);
    const { bytesRead } = await handle.read(prefix, 0, prefix.length, 0);
    const dataOffset = wordVectorsDataOffset(prefix.subarray(0, bytesRead)) ?? 0;
    const padding = (Float32Array.BYTES_PER_ELEMENT - (dataOffset % 4)) % 4;
    const bytes = Buffer.from(new ArrayBuffer(padding + size), padding, size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead: read } = await handle.read(bytes, filled, size - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return bytes.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
