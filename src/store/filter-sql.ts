/**
 * SQL conditions for `CorpusFilters` over `chunks c JOIN documents d`, with
 * bound parameters only (lists travel as one JSON parameter).
 */
import type { CorpusFilters } from './corpus-store.js';

export interface FilterSql {
  /** `AND …` clauses to append to a WHERE, or '' without filters. */
  clause: string;
  params: (string | number)[];
  /** Stable key of the clause's shape, for statement caching. */
  key: string;
}

export function hasFilters(filters: CorpusFilters | undefined): filters is CorpusFilters {
  return (
    filters !== undefined &&
    (filters.docIds !== undefined ||
      filters.sources !== undefined ||
      filters.dateFrom !== undefined ||
      filters.dateTo !== undefined)
  );
}

export function filterSql(filters: CorpusFilters | undefined): FilterSql {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const key: string[] = [];
  if (filters?.docIds !== undefined) {
    parts.push('c.doc_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filters.docIds));
    key.push('i');
  }
  if (filters?.sources !== undefined) {
    parts.push('d.source IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filters.sources));
    key.push('s');
  }
  if (filters?.dateFrom !== undefined) {
    // A document dated to a month only ("2021-03") is in a range overlapping that month.
    parts.push('d.date >= substr(?, 1, length(d.date))');
    params.push(filters.dateFrom);
    key.push('f');
  }
  if (filters?.dateTo !== undefined) {
    parts.push('d.date <= ?');
    params.push(filters.dateTo);
    key.push('t');
  }
  return {
    clause: parts.map((part) => ` AND ${part}`).join(''),
    params,
    key: key.join(''),
  };
}
