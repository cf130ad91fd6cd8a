/**
 * Small documents, chunks and vectors for the store contract suite: built
 * with the real ingestion (parse, chunk) and a deterministic 8-dimension
 * "embedding", so every backend receives exactly what indexing would give it.
 */
import { createHash } from 'node:crypto';
import { chunkDocuments } from '../../src/ingest/chunk-documents.js';
import { parseSourceDocument } from '../../src/ingest/load-documents.js';
import type { CorpusSettings, DocumentRecord } from '../../src/store/corpus-store.js';

export const DIMENSION = 8;

export const SETTINGS: CorpusSettings = {
  embedder: { id: 'contract-test', dimension: DIMENSION, settings: { seed: 1 } },
  chunking: { maxChars: 200, overlapSentences: 0 },
};

/** A deterministic unit vector for a text. */
export function vectorOf(text: string): number[] {
  const bytes = createHash('sha256').update(text).digest();
  const vector = Array.from({ length: DIMENSION }, (_, index) => bytes[index]! / 255 - 0.5);
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => value / norm);
}

/** A document record as indexing would produce it. */
export function recordOf(docId: string, fileText: string): DocumentRecord {
  const document = parseSourceDocument(`/seeds/${docId}.txt`, fileText);
  const chunks = chunkDocuments([document], SETTINGS.chunking);
  return {
    document,
    contentHash: createHash('sha256').update(fileText).digest('hex'),
    chunks,
    vectors: chunks.map((chunk) => vectorOf(chunk.chunkId + chunk.text)),
  };
}

export const BORDER = recordOf(
  'border',
  [
    'Iran and Pakistan agree to fence the border',
    '',
    'Published in Dawn, February 15th, 2022',
    '',
    'The two countries share a 909km-long frontier. Officials met in Quetta to discuss smuggling.',
    '',
    'The interior ministers signed an agreement on border markets. Trade rose sharply afterwards.',
  ].join('\n'),
);

export const FOOTBALL = recordOf(
  'football',
  [
    'Rovers beat United in the cup final',
    '',
    'Published in Evening Post, May 20th, 2023',
    '',
    'Rovers won the final three goals to one. The striker scored twice before half time.',
    '',
    'The stadium was sold out and the manager praised the defence.',
  ].join('\n'),
);

export const UNDATED = recordOf(
  'undated',
  [
    'Notes on the harbour',
    '',
    'The harbour master counted forty boats. Smuggling along the coast is rare.',
  ].join('\n'),
);

/** Dated to a month only, by its header line ("Issue 12 | March 2021"): "2021-03". */
export const MONTHLY = recordOf(
  'monthly',
  [
    'Harbour newsletter',
    'Issue 12 | March 2021',
    '',
    'The harbour master counted sixty boats this month, and the new pontoon is finished.',
  ].join('\n'),
);

export const BORDER_V2 = recordOf(
  'border',
  [
    'Iran and Pakistan postpone the border fence',
    '',
    'Published in Dawn, March 2nd, 2022',
    '',
    'Work on the frontier fence was postponed by the monsoon. Engineers will return in autumn.',
  ].join('\n'),
);
