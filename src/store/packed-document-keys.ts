/**
 * Every document's keys (`document_keys`) read as one row: the lemma columns of all
 * documents in one string and their edges in another, joined by control characters,
 * then taken apart here. The server reads them this way on the lexical thread while its
 * own thread opens the rest (`loadDocumentKeys`): a reply of two strings crosses threads
 * as two copies, where 10k rows would be 50k strings made again on arrival, and the edges
 * taken apart are slices of one string, not 10k strings decoded one by one.
 */
import type { DocumentKeys } from '../text/document-keys.js';

/** Between documents. */
const RECORD = '\u001e';
/** Between a document's id and its lemma columns. */
const FIELD = '\u001f';

/** The one row `PACKED_DOCUMENT_KEYS_SQL` reads. */
export interface PackedDocumentKeys {
  count: number;
  /** Per document: doc_id, header, title, source, joined by FIELD; documents joined by RECORD. */
  words: Uint8Array | string | null;
  /** Per document, in the same order: its edges; documents joined by RECORD. */
  edges: Uint8Array | string | null;
}

// Both aggregates take the rows in one pass, so the n-th words and n-th edges are one document's.
// As UTF-8 bytes: the thread hands them over without decoding them (`lexical-search-worker.js`).
export const PACKED_DOCUMENT_KEYS_SQL = `SELECT count(*) AS count,
  CAST(group_concat(doc_id || char(31) || header || char(31) || title || char(31) || source, char(30)) AS BLOB) AS words,
  CAST(group_concat(edges, char(30)) AS BLOB) AS edges
  FROM document_keys`;

const text = (packed: Uint8Array | string) =>
  typeof packed === 'string'
    ? packed
    : Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength).toString('utf8');

/**
 * One string per distinct lemma: 10k articles' header, title and publisher lemmas are ≈ 480k
 * strings of ≈ 6k words (“border” 14k times), which a start would otherwise keep and copy.
 */
function splitInterned(lemmas: string, interned: Map<string, string>): string[] {
  if (lemmas === '') return [];
  const words = lemmas.split(' ');
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    const kept = interned.get(word);
    if (kept === undefined) interned.set(word, word);
    else words[index] = kept;
  }
  return words;
}

/**
 * The keys by docId, as `readDocumentKeys` gives them; null when the row cannot be taken
 * apart, and the caller reads the rows instead. A separator inside a column is always
 * noticed: RECORD adds a part to its list (each must have `count`), FIELD a field to its
 * document's words (each must have 4); FIELD in the edges separates nothing.
 */
export function unpackDocumentKeys({
  count,
  words,
  edges,
}: PackedDocumentKeys): Map<string, DocumentKeys> | null {
  const keys = new Map<string, DocumentKeys>();
  if (count === 0) return keys;
  if (words === null || edges === null) return null;
  const wordList = text(words).split(RECORD);
  const edgeList = text(edges).split(RECORD);
  if (wordList.length !== count || edgeList.length !== count) return null;
  const interned = new Map<string, string>();
  for (let index = 0; index < count; index += 1) {
    const fields = wordList[index]!.split(FIELD);
    if (fields.length !== 4) return null;
    const [docId, header, title, source] = fields as [string, string, string, string];
    keys.set(docId, {
      header: splitInterned(header, interned),
      edges: edgeList[index]!,
      title: splitInterned(title, interned),
      source: splitInterned(source, interned),
    });
  }
  return keys;
}
