/**
 * Checks a corpus change before any backend writes it, so that a bad record
 * fails the whole change and leaves the store as it was.
 */
import { AppError } from '../errors/app-error.js';
import type { CorpusChange } from './corpus-store.js';

export function validateChange(change: CorpusChange, dimension: number): void {
  const seen = new Set<string>();
  for (const record of change.upsert ?? []) {
    const { docId } = record.document;
    if (seen.has(docId))
      throw new AppError('bad_request', `Document "${docId}" appears twice in one change.`);
    seen.add(docId);
    if (record.vectors.length !== record.chunks.length)
      throw new AppError(
        'bad_request',
        `Document "${docId}": ${record.chunks.length} chunks but ${record.vectors.length} vectors.`,
      );
    for (const chunk of record.chunks)
      if (chunk.docId !== docId)
        throw new AppError(
          'bad_request',
          `Chunk ${chunk.chunkId} does not belong to document "${docId}".`,
        );
    for (const vector of record.vectors)
      if (vector.length !== dimension || !vector.every(Number.isFinite))
        throw new AppError(
          'bad_request',
          `Document "${docId}": a vector is not ${dimension} finite numbers.`,
        );
  }
}
