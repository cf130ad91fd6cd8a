/**
 * Reads FTS5's averages record (row id 1 of `<table>_data`): the table's row
 * count, then each column's total tokens, as SQLite varints. `bm25()` takes its
 * N and average row length from it; the store's own ranking
 * (`fts-bm25-top.ts`) reads the same record to use the same figures.
 */

export interface FtsAverages {
  rows: number;
  /** Tokens in every column of every row. */
  tokens: number;
}

/** Parses the record; throws on a truncated one. */
export function parseFtsAverages(record: Uint8Array): FtsAverages {
  const values: number[] = [];
  let at = 0;
  while (at < record.length) {
    // SQLite's varint: up to 8 bytes of 7 bits (high bit: more follows), a 9th of 8 bits.
    let value = 0;
    for (let byte = 0; ; byte += 1) {
      if (at >= record.length) throw new RangeError('FTS5 averages record is truncated.');
      const next = record[at++]!;
      if (byte === 8) {
        value = value * 256 + next;
        break;
      }
      value = value * 128 + (next & 0x7f);
      if ((next & 0x80) === 0) break;
    }
    values.push(value);
  }
  const [rows, ...columns] = values;
  return { rows: rows ?? 0, tokens: columns.reduce((sum, tokens) => sum + tokens, 0) };
}
