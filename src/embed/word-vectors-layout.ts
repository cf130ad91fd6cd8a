/**
 * The layout of a lexicon file (`lexicon.bin`, written by `saveWordVectors`):
 * the magic, the JSON header's length (u32, little-endian), the JSON header,
 * then every vector's float32 values.
 */

/** The file's first bytes. */
export const WORD_VECTORS_MAGIC = 'SRCWV1\n';

/** Bytes before the JSON header: the magic and the header's length. */
export const WORD_VECTORS_PREFIX_BYTES = WORD_VECTORS_MAGIC.length + 4;

/**
 * Where the float32 data starts, from the file's first `WORD_VECTORS_PREFIX_BYTES` bytes;
 * undefined when they are not a lexicon's.
 */
export function wordVectorsDataOffset(prefix: Uint8Array): number | undefined {
  if (prefix.byteLength < WORD_VECTORS_PREFIX_BYTES) return undefined;
  const bytes = Buffer.from(prefix.buffer, prefix.byteOffset, prefix.byteLength);
  if (bytes.subarray(0, WORD_VECTORS_MAGIC.length).toString() !== WORD_VECTORS_MAGIC)
    return undefined;
  return WORD_VECTORS_PREFIX_BYTES + bytes.readUInt32LE(WORD_VECTORS_MAGIC.length);
}
