/**
 * Re-scores FTS5's candidates with the BM25+ the lexical ranker used before
 * the store moved to SQLite (MiniSearch's: k 1.2, b 0.7, δ 0.5, per-field
 * length normalisation, body weight 1 and title 0.3, every query term
 * occurrence counted, the sum multiplied by the number of distinct query
 * terms matched). FTS5 picks the candidates by its own bm25(), cheaply and on
 * disk; this ordering keeps answers as they were (eval figures unchanged).
 */
export interface FieldStats {
  /** Chunks holding the term in this field. */
  documentFrequency: (term: string) => number;
  /** Mean terms per chunk in this field. */
  averageLength: number;
  weight: number;
}

export interface Candidate<T> {
  item: T;
  /** The candidate's terms per field (`lexicalTerms`), joined by single spaces as the store keeps them. */
  fields: string[];
  /** Each field's length as normalised (distinct tokens). */
  lengths: number[];
}

const K = 1.2;
const B = 0.7;
const DELTA = 0.5;
const SPACE = 32;

/**
 * How many of the space-separated `terms` are `term`: found in place, the field never split
 * into an array of its terms (only the query's few terms are ever counted).
 */
export function countTerm(terms: string, term: string): number {
  let count = 0;
  for (let at = terms.indexOf(term); at >= 0; at = terms.indexOf(term, at + 1)) {
    const end = at + term.length;
    if (
      (at === 0 || terms.charCodeAt(at - 1) === SPACE) &&
      (end === terms.length || terms.charCodeAt(end) === SPACE)
    )
      count += 1;
  }
  return count;
}

export function rescoreBm25<T>({
  queryTerms,
  candidates,
  fields,
  total,
}: {
  /** The query's terms, repeats kept (each occurrence counts, as before). */
  queryTerms: string[];
  candidates: Candidate<T>[];
  fields: FieldStats[];
  /** Chunks in the corpus. */
  total: number;
}): { item: T; score: number }[] {
  const idf = fields.map((field) => {
    const cache = new Map<string, number>();
    return (term: string) => {
      let value = cache.get(term);
      if (value === undefined) {
        const df = field.documentFrequency(term);
        value = Math.log(1 + (total - df + 0.5) / (df + 0.5));
        cache.set(term, value);
      }
      return value;
    };
  });
  // Only the query's terms are ever looked up: a candidate's other words need no count.
  const asked = [...new Set(queryTerms)].filter((term) => term !== '');
  return candidates.map(({ item, fields: texts, lengths }) => {
    const counts = texts.map((terms) => {
      const count = new Map<string, number>();
      for (const term of asked) {
        const times = countTerm(terms, term);
        if (times > 0) count.set(term, times);
      }
      return count;
    });
    // Summed term by term, field by field: the order the previous ranker added in, so
    // equal scores stay exactly equal and ties fall to the caller's order.
    let score = 0;
    const matched = new Set<string>();
    for (const term of queryTerms) {
      fields.forEach((field, fieldIndex) => {
        const tf = counts[fieldIndex]!.get(term);
        if (!tf) return;
        matched.add(term);
        const norm = field.averageLength > 0 ? (lengths[fieldIndex] ?? 0) / field.averageLength : 1;
        score +=
          field.weight *
          (idf[fieldIndex]!(term) * (DELTA + (tf * (K + 1)) / (tf + K * (1 - B + B * norm))));
      });
    }
    return { item, score: score * Math.max(1, matched.size) };
  });
}
