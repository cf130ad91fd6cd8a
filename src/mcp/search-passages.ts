/**
 * The `search` tool's work: hybrid retrieval, then the caller's filters on
 * document, publisher and date. The retriever has no filters of its own, so
 * search looks through a wider candidate list and keeps the best `k` that
 * pass. Article text only: a document's metadata card (its date and
 * publisher lines, indexed so `ask` can quote them) is already on every
 * passage as `date` and `source`.
 */
import type { Chunk, Retriever } from '../ingest/document-types.js';
import type { Passage, SearchFilters } from './tool-schemas.js';

/** How many candidates a search looks through before filtering. */
export const SEARCH_CANDIDATES = 200;

export interface SearchPassagesOptions {
  retriever: Retriever;
  query: string;
  k?: number;
  filters?: SearchFilters;
}

export async function searchPassages({
  retriever,
  query,
  k = 6,
  filters,
}: SearchPassagesOptions): Promise<Passage[]> {
  const accepts = createChunkFilter(filters);
  const found = await retriever.retrieve({ query, k: Math.max(k, SEARCH_CANDIDATES) });
  return found
    .filter(({ chunk }) => accepts(chunk))
    .slice(0, k)
    .map(({ chunk, score }) => ({
      docId: chunk.docId,
      title: chunk.title,
      date: chunk.date,
      source: chunk.source,
      chunkId: chunk.chunkId,
      text: chunk.text,
      start: chunk.start,
      end: chunk.end,
      score: Math.round(score * 1000) / 1000,
    }));
}

/** A predicate for article chunks that pass the filters; undated documents fail any date bound. */
export function createChunkFilter({ docIds, source, dateFrom, dateTo }: SearchFilters = {}) {
  const wanted = docIds ? new Set(docIds) : undefined;
  const publisher = source?.trim().toLowerCase();
  return function acceptsChunk(chunk: Chunk): boolean {
    if (chunk.kind !== 'body') return false;
    if (wanted && !wanted.has(chunk.docId)) return false;
    if (publisher !== undefined && chunk.source?.toLowerCase() !== publisher) return false;
    // A document dated to a month only ("2021-03") is in a range overlapping that month.
    if (
      dateFrom !== undefined &&
      (chunk.date === null || chunk.date < dateFrom.slice(0, chunk.date.length))
    )
      return false;
    if (dateTo !== undefined && (chunk.date === null || chunk.date > dateTo)) return false;
    return true;
  };
}
