/**
 * Every document's keys (`document_keys`) read as one row: the lemma columns of all
 * documents in one string and their edges in another, joined by control characters,
 * then taken apart here. The server reads them this way on the lexical thread while its
 * own thread opens the rest (`loadDocumentKeys`): a reply of two strings crosses threads
 * as two copies, where 10k rows would be 50k strings made again on arrival, and the edges
 * taken apart are slices of one string, not 10k strings decoded one by one.
 */
import type { DocumentKeys } from '../text/document-keys.js';
import { fromDocumentKeysRow } from './sqlite-rows.js';

/** Between documents. */
const RECORD = '\u001e';
/** Between a document's id and its lemma columns. */
const FIELD = '\u001f';

/** The one row `PACKED_DOCUMENT_KEYS_SQL` reads. */
export interface PackedDocumentKeys {
  count: number;
  /** Per document: doc_id, header, title, source, joined by FIELD; documents joined by RECORD. */
  words: string | null;
  /** Per document, in the same order: its edges; documents joined by RECORD. */
  edges: string | null;
  /** Documents one of whose columns holds RECORD or FIELD: they cannot be taken apart. */
  unsafe: number | null;
}

// Both aggregates take the rows in one pass, so the n-th words and n-th edges are one document's.
export const PACKED_DOCUMENT_KEYS_SQL = `SELECT count(*) AS count,
  group_concat(doc_id || char(31) || header || char(31) || title || char(31) || source, char(30)) AS words,
  group_concat(edges, char(30)) AS edges,
  sum(instr(edges, char(30)) > 0
    OR instr(doc_id || header || title || source, char(30)) > 0
    OR instr(doc_id || header || title || source, char(31)) > 0) AS unsafe
  FROM document_keys`;

/**
 * The keys by docId, as `readDocumentKeys` gives them; null when the row cannot be taken
 * apart (a column holds a separator), and the caller reads the rows instead.
 */
export function unpackDocumentKeys({
  count,
  words,
  edges,
  unsafe,
}: PackedDocumentKeys): Map<string, DocumentKeys> | null {
  const keys = new Map<string, DocumentKeys>();
  if (count === 0) return keys;
  if (unsafe || words === null || edges === null) return null;
  const wordList = words.split(RECORD);
  const edgeList = edges.split(RECORD);
  if (wordList.length !== count || edgeList.length !== count) return null;
  for (let index = 0; index < count; index += 1) {
    const fields = wordList[index]!.split(FIELD);
    if (fields.length !== 4) return null;
    const [docId, header, title, source] = fields as [string, string, string, string];
    keys.set(
      docId,
      fromDocumentKeysRow({ doc_id: docId, header, edges: edgeList[index]!, title, source }),
    );
  }
  return keys;
}
