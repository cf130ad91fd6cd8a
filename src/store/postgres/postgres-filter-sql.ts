/**
 * SQL conditions for `CorpusFilters` over `chunks c JOIN documents d`, as
 * numbered parameters of a PostgreSQL statement (lists as text arrays).
 * Dates compare as ISO strings in the C collation, as in the embedded store.
 */
import type { CorpusFilters } from '../corpus-store.js';

export interface PostgresFilterSql {
  /** `AND …` clauses to append to a WHERE, or '' without filters. */
  clause: string;
  params: unknown[];
  /** Whether the clause reads `documents d` (the caller joins it then). */
  needsDocuments: boolean;
}

/** Conditions numbered from `$${firstParam}`. */
export function postgresFilterSql(
  filters: CorpusFilters | undefined,
  firstParam: number,
): PostgresFilterSql {
  const parts: string[] = [];
  const params: unknown[] = [];
  const next = (value: unknown) => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  if (filters?.docIds !== undefined) parts.push(`c.doc_id = ANY(${next(filters.docIds)}::text[])`);
  if (filters?.sources !== undefined)
    parts.push(`d.source = ANY(${next(filters.sources)}::text[])`);
  if (filters?.dateFrom !== undefined)
    // A document dated to a month only ("2021-03") is in a range overlapping that month.
    parts.push(`d.date COLLATE "C" >= left(${next(filters.dateFrom)}, length(d.date))`);
  if (filters?.dateTo !== undefined) parts.push(`d.date COLLATE "C" <= ${next(filters.dateTo)}`);
  return {
    clause: parts.map((part) => ` AND ${part}`).join(''),
    params,
    needsDocuments:
      filters?.sources !== undefined ||
      filters?.dateFrom !== undefined ||
      filters?.dateTo !== undefined,
  };
}
