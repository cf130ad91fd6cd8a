/**
 * Checks an hnswlib index file before hnswlib reads it. hnswlib trusts the
 * file: a damaged header or a neighbour id past the end makes it read out
 * of bounds and crash the process. Here every count, size and neighbour id
 * is checked against the file's own header and the expected shape.
 *
 * Layout (hnswlib `saveIndex`): a 96-byte header, then `count` level-0
 * records of `sizeDataPerElement` bytes (links, vector, label), then per
 * element a uint32 byte length and its upper-level link lists.
 */
import { windowOver, type ByteWindow } from './file-window.js';

const HEADER_BYTES = 96;

export interface HnswFileExpectation {
  dimension: number;
  /** Elements the index must hold. */
  count: number;
  /** HNSW `M` the index was built with. */
  m: number;
}

/**
 * Why `bytes` is not a sound hnswlib index of the expected shape, or null when it is. The bytes
 * may be a file read through a window (`withFileWindow`): they are read once, front to back.
 */
export function findHnswFileProblem(
  bytes: Uint8Array | ByteWindow,
  { dimension, count, m }: HnswFileExpectation,
): string | null {
  const source = bytes instanceof Uint8Array ? windowOver(bytes) : bytes;
  const total = source.byteLength;
  if (total < HEADER_BYTES) return 'shorter than its header';
  const header = source.at(0, HEADER_BYTES).view;
  const size = (offset: number) => Number(header.getBigUint64(offset, true));
  const offsetLevel0 = size(0);
  const maxElements = size(8);
  const current = size(16);
  const sizeDataPerElement = size(24);
  const labelOffset = size(32);
  const offsetData = size(40);
  const maxLevel = header.getInt32(48, true);
  const enterPoint = header.getUint32(52, true);
  const maxM = size(56);
  const maxM0 = size(64);
  const headerM = size(72);
  const sizeLinksLevel0 = maxM0 * 4 + 4;
  const sizeLinksPerElement = maxM * 4 + 4;
  if (offsetLevel0 !== 0 || headerM !== m || maxM !== m || maxM0 !== 2 * m)
    return 'header does not match the HNSW parameters';
  if (current !== count || current > maxElements)
    return `holds ${current} vectors, expected ${count}`;
  if (
    offsetData !== sizeLinksLevel0 ||
    labelOffset !== sizeLinksLevel0 + dimension * 4 ||
    sizeDataPerElement !== labelOffset + 8
  )
    return `record layout does not match ${dimension} dimensions`;
  if (count > 0 && (maxLevel < 0 || maxLevel > 64 || enterPoint >= count))
    return 'entry point or level out of range';
  const level0End = HEADER_BYTES + count * sizeDataPerElement;
  if (total < level0End + 4 * count) return 'truncated';

  /** Whether the link list at `offset` of `view` holds at most `max` ids, each of an element. */
  const linksOk = (view: DataView, offset: number, max: number) => {
    const links = view.getUint32(offset, true) & 0xffff;
    if (links > max) return false;
    for (let index = 0; index < links; index += 1) {
      if (view.getUint32(offset + 4 + index * 4, true) >= count) return false;
    }
    return true;
  };
  for (let element = 0; element < count; element += 1) {
    const record = HEADER_BYTES + element * sizeDataPerElement;
    const { view, base } = source.at(record, sizeDataPerElement);
    if (!linksOk(view, record - base, maxM0))
      return `level-0 links of vector ${element} out of range`;
    const label = Number(view.getBigUint64(record - base + labelOffset, true));
    if (label >= count) return `label of vector ${element} out of range`;
  }
  let offset = level0End;
  for (let element = 0; element < count; element += 1) {
    if (offset + 4 > total) return 'truncated';
    const at = source.at(offset, 4);
    const length = at.view.getUint32(offset - at.base, true);
    offset += 4;
    if (length % sizeLinksPerElement !== 0 || offset + length > total)
      return `upper links of vector ${element} out of range`;
    if (length === 0) continue;
    const { view, base } = source.at(offset, length);
    for (let level = 0; level < length / sizeLinksPerElement; level += 1) {
      if (!linksOk(view, offset - base + level * sizeLinksPerElement, maxM))
        return `upper links of vector ${element} out of range`;
    }
    offset += length;
  }
  return offset === total ? null : 'has bytes after the last vector';
}
