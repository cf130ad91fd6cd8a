/**
 * Each lexical term's postings as the embedded store keeps them beside FTS5:
 * for every chunk holding the term, its label, its length in FTS5 tokens (body
 * and title) and the term's count in each field. That is all FTS5's `bm25()`
 * reads of a row, so a search can score a term's matches from one blob read
 * (`fts-bm25-top.ts`) instead of FTS5 decoding every match's positions.
 *
 * A blob is columnar, little-endian and 4-byte aligned: labels (int32), row
 * lengths (uint32), body counts (uint16), title counts (uint16), 12 bytes a
 * posting.
 */

/** One term's postings, in label order. */
export interface PostingList {
  labels: Int32Array;
  /** The row's FTS5 tokens, body and title together (`xColumnSize(-1)`). */
  rowLengths: Uint32Array;
  bodyCounts: Uint16Array;
  titleCounts: Uint16Array;
}

/** Bytes a posting takes. */
const POSTING_BYTES = 12;
/** A field's count is stored in 16 bits; a chunk never holds a word that often. */
const MAX_COUNT = 0xffff;

export function emptyPostingList(): PostingList {
  return createPostingList(0);
}

function createPostingList(size: number): PostingList {
  const buffer = new ArrayBuffer(size * POSTING_BYTES);
  return {
    labels: new Int32Array(buffer, 0, size),
    rowLengths: new Uint32Array(buffer, 4 * size, size),
    bodyCounts: new Uint16Array(buffer, 8 * size, size),
    titleCounts: new Uint16Array(buffer, 10 * size, size),
  };
}

/** The blob of a posting list (`decodePostings` reads it back). */
export function encodePostings(list: PostingList): Buffer {
  const size = list.labels.length;
  const copy = createPostingList(size);
  copy.labels.set(list.labels);
  copy.rowLengths.set(list.rowLengths);
  copy.bodyCounts.set(list.bodyCounts);
  copy.titleCounts.set(list.titleCounts);
  return Buffer.from(copy.labels.buffer);
}

/** A blob written by `encodePostings`; views over its bytes when they are aligned. */
export function decodePostings(blob: Uint8Array): PostingList {
  if (blob.byteLength % POSTING_BYTES !== 0)
    throw new RangeError(`A postings blob of ${blob.byteLength} bytes is not whole postings.`);
  const size = blob.byteLength / POSTING_BYTES;
  const bytes = blob.byteOffset % 4 === 0 ? blob : Uint8Array.prototype.slice.call(blob);
  const { buffer, byteOffset } = bytes;
  return {
    labels: new Int32Array(buffer, byteOffset, size),
    rowLengths: new Uint32Array(buffer, byteOffset + 4 * size, size),
    bodyCounts: new Uint16Array(buffer, byteOffset + 8 * size, size),
    titleCounts: new Uint16Array(buffer, byteOffset + 10 * size, size),
  };
}

/** One chunk's counts of each of its terms, and its length, as FTS5 tokenizes its fields. */
export interface ChunkTermCounts {
  label: number;
  rowLength: number;
  counts: Map<string, { body: number; title: number }>;
}

/** Counts a chunk's terms from its FTS5 texts (`toFtsText`: terms joined by single spaces). */
export function countChunkTerms(
  label: number,
  bodyTerms: string,
  titleTerms: string,
): ChunkTermCounts {
  const counts = new Map<string, { body: number; title: number }>();
  let rowLength = 0;
  const add = (text: string, field: 'body' | 'title') => {
    if (text === '') return;
    for (const term of text.split(' ')) {
      rowLength += 1;
      const count = counts.get(term);
      if (count) count[field] = Math.min(MAX_COUNT, count[field] + 1);
      else counts.set(term, { body: field === 'body' ? 1 : 0, title: field === 'title' ? 1 : 0 });
    }
  };
  add(bodyTerms, 'body');
  add(titleTerms, 'title');
  return { label, rowLength, counts };
}

/** Collects postings term by term, chunk by chunk, and hands out each term's list. */
export interface PostingsBuilder {
  /** Postings added since the last `take()`. */
  readonly size: number;
  add(chunk: ChunkTermCounts): void;
  /** Every term's list, in the order its postings were added; the builder is then empty. */
  take(): IterableIterator<[string, PostingList]>;
}

export function createPostingsBuilder(): PostingsBuilder {
  // Typed arrays grown by doubling: 12 bytes a posting (at most twice that while growing), not
  // four JavaScript numbers; a rebuild at 100k chunks holds a million postings at a time.
  const terms = new Map<string, { list: PostingList; length: number }>();
  let size = 0;
  const grow = (list: PostingList, capacity: number): PostingList => {
    const larger = createPostingList(capacity);
    larger.labels.set(list.labels);
    larger.rowLengths.set(list.rowLengths);
    larger.bodyCounts.set(list.bodyCounts);
    larger.titleCounts.set(list.titleCounts);
    return larger;
  };
  return {
    get size() {
      return size;
    },
    add({ label, rowLength, counts }) {
      for (const [term, count] of counts) {
        let entry = terms.get(term);
        if (!entry) terms.set(term, (entry = { list: createPostingList(4), length: 0 }));
        if (entry.length === entry.list.labels.length)
          entry.list = grow(entry.list, 2 * entry.length);
        const { list, length } = entry;
        list.labels[length] = label;
        list.rowLengths[length] = rowLength;
        list.bodyCounts[length] = count.body;
        list.titleCounts[length] = count.title;
        entry.length += 1;
        size += 1;
      }
    },
    *take() {
      for (const [term, { list, length }] of terms) {
        terms.delete(term);
        yield [
          term,
          {
            labels: list.labels.subarray(0, length),
            rowLengths: list.rowLengths.subarray(0, length),
            bodyCounts: list.bodyCounts.subarray(0, length),
            titleCounts: list.titleCounts.subarray(0, length),
          },
        ];
      }
      size = 0;
    },
  };
}

/** The lists joined, postings whose label is `dropped` left out. */
export function mergePostings(lists: PostingList[], dropped: ReadonlySet<number>): PostingList {
  let size = 0;
  for (const list of lists) for (const label of list.labels) if (!dropped.has(label)) size += 1;
  const merged = createPostingList(size);
  let at = 0;
  for (const list of lists)
    list.labels.forEach((label, index) => {
      if (dropped.has(label)) return;
      merged.labels[at] = label;
      merged.rowLengths[at] = list.rowLengths[index]!;
      merged.bodyCounts[at] = list.bodyCounts[index]!;
      merged.titleCounts[at] = list.titleCounts[index]!;
      at += 1;
    });
  return merged;
}
