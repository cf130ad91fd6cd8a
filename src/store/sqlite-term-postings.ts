/**
 * The embedded store's `term_postings` table: each lexical term's postings
 * (`term-postings.ts`) as blobs, in one or more segments a term. A rebuild
 * writes them from the chunks' FTS5 texts in segments of bounded size (so the
 * heap never holds the whole index); a change rewrites the lists of the terms
 * its chunks hold, inside the change's transaction.
 */
import type Database from 'better-sqlite3';
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

export interface SqliteTermPostings {
  /** A term's postings, its segments in order (none: no chunk holds it). */
  read(term: string): PostingList[];
  /** Removes the `removed` chunks' postings and adds the `added`'s (labels above every other). */
  update(removed: ChunkTermCounts[], added: ChunkTermCounts[]): void;
  /** Writes every term's postings again from the chunks table; returns the tokens counted. */
  rebuild(): { tokens: number };
  clear(): void;
}

export function createSqliteTermPostings(database: Database.Database): SqliteTermPostings {
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
  return {
    read,
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
