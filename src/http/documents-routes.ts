/**
 * `GET /api/documents` and `GET /api/documents/:docId`: what is indexed, and
 * the full text a citation's offsets point into.
 */
import { Hono } from 'hono';
import { AppError } from '../errors/app-error.js';
import type { Chunk, SourceDocument } from '../ingest/document-types.js';
import { createDocumentSummarizer } from './document-summaries.js';

export function createDocumentsRoutes({
  documents,
  chunks,
}: {
  documents: SourceDocument[];
  chunks: Chunk[];
}) {
  const summary = createDocumentSummarizer({ chunks });
  return new Hono()
    .get('/', (c) => c.json({ documents: documents.map(summary) }))
    .get('/:docId', (c) => {
      const docId = c.req.param('docId');
      const document = documents.find((candidate) => candidate.docId === docId);
      if (!document) throw new AppError('document_not_found', `No document with id "${docId}".`);
      return c.json({
        ...summary(document),
        text: document.fileText,
        paragraphs: document.paragraphs,
        metadata: document.metadata,
      });
    });
}
