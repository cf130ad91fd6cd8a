/**
 * Live document management: `POST /api/documents` (upload), `PUT` (replace),
 * `DELETE` (remove), guarded by ADMIN_TOKEN; and the reads that need the live
 * library: `GET /api/documents/:docId` with its `format` and a link to
 * `GET /api/documents/:docId/original`.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../errors/app-error.js';
import { FORMATS } from '../ingest/formats/document-formats.js';
import { readOriginal } from '../ingest/formats/library-files.js';
import type { DocumentManager } from '../store/document-manager.js';
import type { LiveIndex } from '../store/live-index.js';
import { createDocumentSummarizer } from './document-summaries.js';
import { readDocumentUpload, tooLarge } from './read-document-upload.js';
import { requireAdminToken } from './require-admin-token.js';

export interface DocumentWriteRoutesOptions {
  manager: DocumentManager;
  live: LiveIndex;
  seedsDir: string;
  adminToken?: string;
  maxUploadBytes: number;
}

export function createDocumentWriteRoutes({
  manager,
  live,
  seedsDir,
  adminToken,
  maxUploadBytes,
}: DocumentWriteRoutesOptions) {
  const admin = requireAdminToken({ token: adminToken });
  // Multipart framing adds a little; the document itself is checked against the cap exactly.
  const limit = bodyLimit({
    maxSize: maxUploadBytes + 64 * 1024,
    onError: () => {
      throw tooLarge(maxUploadBytes);
    },
  });
  const describe = (docId: string) => {
    const snapshot = live.current();
    const document = snapshot.documents.find((candidate) => candidate.docId === docId);
    if (!document) throw new AppError('document_not_found', `No document with id "${docId}".`);
    const summary = createDocumentSummarizer({
      chunks: snapshot.chunks.filter((chunk) => chunk.docId === docId),
    })(document);
    return { document, summary };
  };
  return new Hono()
    .get('/:docId', (c) => {
      const { document, summary } = describe(c.req.param('docId'));
      return c.json({
        ...summary,
        format: document.format ?? 'text',
        original: `/api/documents/${encodeURIComponent(document.docId)}/original`,
        ...(document.pageStarts ? { pageStarts: document.pageStarts } : {}),
        text: document.fileText,
        paragraphs: document.paragraphs,
        metadata: document.metadata,
      });
    })
    .get('/:docId/original', async (c) => {
      const docId = c.req.param('docId');
      const entry = manager.get(docId);
      if (!entry) throw new AppError('document_not_found', `No document with id "${docId}".`);
      const bytes = await readOriginal(seedsDir, entry.fileName).catch((error: unknown) => {
        throw new AppError('document_not_found', `The original of "${docId}" is gone.`, {
          cause: error,
        });
      });
      const format = entry.document.format ?? 'text';
      const mediaType = FORMATS[format].mediaTypes[0]!;
      return c.body(new Uint8Array(bytes), 200, {
        'content-type': mediaType.startsWith('text/') ? `${mediaType}; charset=utf-8` : mediaType,
        'content-disposition': `attachment; filename="${entry.fileName}"`,
      });
    })
    .post('/', admin, limit, async (c) => {
      const upload = await readDocumentUpload(c, maxUploadBytes);
      const result = await manager.add(upload);
      return c.json({ ...result, document: describe(result.docId).summary }, 201);
    })
    .put('/:docId', admin, limit, async (c) => {
      const upload = await readDocumentUpload(c, maxUploadBytes);
      const result = await manager.replace(c.req.param('docId'), upload);
      return c.json({ ...result, document: describe(result.docId).summary });
    })
    .delete('/:docId', admin, async (c) => {
      const docId = c.req.param('docId');
      await manager.remove(docId);
      return c.json({ docId, status: 'deleted' });
    });
}
