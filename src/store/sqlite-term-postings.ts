/**
 * The embedded store's `term_postings` table: each lexical term's postings
 * (`term-postings.ts`) as blobs, in one or more segments a term. A rebuild
 * writes them from the chunks' FTS5 texts in segments of bounded size (so the
 * heap never holds the whole index); a change rewrites the lists of the terms
 * its chunks hold, inside the change's transaction.
 */
import Database from 'better-sqlite3';
import {
  countChunkTerms,
  createPostingsBuilder,
  decodePostings,
  encodePostings,
  mergePostings,
  type ChunkTermCounts,
  type PostingList,
} from './term-postings.js';

/** Postings a rebuild holds (12–24 MB) before writing them as a segment of each term. */
const SEGMENT_POSTINGS = 1_000_000;
/** Chunks a rebuild reads a page (a statement cannot write while another iterates). */
const REBUILD_PAGE = 2_000;
/**
 * Searches read the postings through a connection of their own that maps the file (the most
 * this SQLite build maps, ≈ 2 GiB). A common term's blob is 0.1–1.1 MB at 100k chunks, and
 * each of its overflow pages went through the pager's cache: 2.2 ms for the largest, 0.33 ms
 * mapped. Only this connection maps: the pages it reads are the postings' (their table is
 * ≈ 64 MB at 100k), so the resident memory grows by those alone, not by every page the
 * store reads.
 */
const MAPPED_BYTES = 0x7fff0000;

export interface SqliteTermPostings {
  /** A term's postings, its segments in order (none: no chunk holds it). */
  read(term: string): PostingList[];
  /**
   * The same, read for a search: through the mapped connection when the store has a file
   * (the committed postings, as `read` sees them outside a write).
   */
  readForSearch(term: string): PostingList[];
  /** Removes the `removed` chunks' postings and adds the `added`'s (labels above every other). */
  update(removed: ChunkTermCounts[], added: ChunkTermCounts[]): void;
  /** Writes every term's postings again from the chunks table; returns the tokens counted. */
  rebuild(): { tokens: number };
  clear(): void;
  /** Closes the mapped connection, if one was opened. */
  close(): void;
}

export function createSqliteTermPostings(
  database: Database.Database,
  { path }: { path?: string } = {},
): SqliteTermPostings {
  const statements = {
    read: database
      .prepare<[string], Buffer>(
        'SELECT postings FROM term_postings WHERE term = ? ORDER BY segment',
      )
      .pluck(),
    deleteTerm: database.prepare('DELETE FROM term_postings WHERE term = ?'),
    insert: database.prepare(
      'INSERT INTO term_postings (term, segment, postings) VALUES (?, ?, ?)',
    ),
    chunkTerms: database.prepare<
      [number, number],
      { label: number; body_terms: string; title_terms: string }
    >('SELECT label, body_terms, title_terms FROM chunks WHERE label > ? ORDER BY label LIMIT ?'),
  };
  const read = (term: string) => statements.read.all(term).map((blob) => decodePostings(blob));
  let mapped: { connection: Database.Database; read: Database.Statement<[string], Buffer> } | null =
    null;
  const openMapped = () => {
    const connection = new Database(path!, { readonly: true, fileMustExist: true });
    connection.pragma(`mmap_size = ${MAPPED_BYTES}`);
    return {
      connection,
      read: connection
        .prepare<[string], Buffer>(
          'SELECT postings FROM term_postings WHERE term = ? ORDER BY segment',
        )
        .pluck(),
    };
  };
  return {
    read,
    readForSearch(term) {
      if (path === undefined) return read(term);
      mapped ??= openMapped();
      return mapped.read.all(term).map((blob) => decodePostings(blob));
    },
    close() {
      mapped?.connection.close();
      mapped = null;
    },
    update(removed, added) {
      const dropped = new Set(removed.map((chunk) => chunk.label));
      const touched = new Set<string>();
      for (const chunk of removed) for (const term of chunk.counts.keys()) touched.add(term);
      const builder = createPostingsBuilder();
      for (const chunk of added) builder.add(chunk);
      const fresh = new Map(builder.take());
      for (const term of fresh.keys()) touched.add(term);
      for (const term of touched) {
        const list = mergePostings(
          [...read(term), ...(fresh.has(term) ? [fresh.get(term)!] : [])],
          dropped,
        );
        statements.deleteTerm.run(term);
        if (list.labels.length > 0) statements.insert.run(term, 0, encodePostings(list));
      }
    },
    rebuild() {
      database.exec('DELETE FROM term_postings');
      const builder = createPostingsBuilder();
      let segment = 0;
      let tokens = 0;
      const flush = () => {
        for (const [term, list] of builder.take())
          statements.insert.run(term, segment, encodePostings(list));
        segment += 1;
      };
      for (let after = -1; ;) {
        const page = statements.chunkTerms.all(after, REBUILD_PAGE);
        if (page.length === 0) break;
        for (const row of page) {
          const counts = countChunkTerms(row.label, row.body_terms, row.title_terms);
          tokens += counts.rowLength;
          builder.add(counts);
        }
        if (builder.size >= SEGMENT_POSTINGS) flush();
        after = page.at(-1)!.label;
      }
      if (builder.size > 0) flush();
      return { tokens };
    },
    clear() {
      database.exec('DELETE FROM term_postings');
    },
  };
}
