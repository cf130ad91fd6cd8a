/**
 * Today's (before issue 13) lexical ranker, kept for the benchmarks' side-by-
 * side only: BM25 over chunk text through MiniSearch (a dev dependency now),
 * held on the JS heap, with the same tokens and lemmas as the store's FTS5.
 */
import MiniSearch from 'minisearch';
import type { Chunk } from '../src/ingest/document-types.js';
import { isStopword, lemmatize, tokenize } from '../src/text/tokenize.js';

export interface LexicalMatch {
  position: number;
  score: number;
}

export interface LexicalRanker {
  search(query: string, k: number): LexicalMatch[];
  toJSON(): unknown;
  /** Indexes one more chunk at `position` (in-place updates). */
  add(chunk: Chunk, position: number): void;
  /** Forgets the chunk at `position`. */
  remove(position: number): void;
}

const OPTIONS = {
  fields: ['text', 'title'],
  idField: 'position',
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string) => (isStopword(term) ? null : lemmatize(term)),
  searchOptions: { boost: { text: 1, title: 0.3 } },
};

function toEntry(chunk: Chunk, position: number) {
  return { position, text: chunk.searchText ?? chunk.text, title: chunk.title };
}

function wrap(search: MiniSearch): LexicalRanker {
  return {
    search(query, k) {
      return search
        .search(query, { combineWith: 'OR' })
        .slice(0, k)
        .map((result) => ({ position: Number(result.id), score: result.score }));
    },
    toJSON: () => search.toJSON(),
    add: (chunk, position) => search.add(toEntry(chunk, position)),
    remove: (position) => search.discard(position),
  };
}

/** Indexes `chunks` by position. */
export function createLexicalRanker(chunks: Chunk[]): LexicalRanker {
  const search = new MiniSearch(OPTIONS);
  search.addAll(chunks.map(toEntry));
  return wrap(search);
}

/** Restores a ranker saved with `toJSON`. */
export function loadLexicalRanker(json: string): LexicalRanker {
  return wrap(MiniSearch.loadJSON(json, OPTIONS));
}
