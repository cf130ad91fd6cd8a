/**
 * `GET /api/documents` and `GET /api/documents/{docId}`: what is indexed, and
 * the full text a citation's offsets point into, with the spans ingestion
 * kept as the article. Declared once with `@hono/zod-openapi`.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../errors/app-error.js';
import type { Chunk, SourceDocument } from '../ingest/document-types.js';
import { createDocumentSummarizer } from './document-summaries.js';
import { errorResponse } from './openapi/openapi-helpers.js';
import { articleSchema, documentListSchema } from './response-schemas.js';
import { validationHook } from './validate-json.js';

export const listDocumentsRoute = createRoute({
  method: 'get',
  path: '/api/documents',
  operationId: 'listDocuments',
  tags: ['documents'],
  summary: 'List the indexed documents',
  responses: {
    200: {
      description: 'Every indexed document with its chunk count.',
      content: { 'application/json': { schema: documentListSchema.meta({ id: 'DocumentList' }) } },
    },
  },
});

export const getDocumentRoute = createRoute({
  method: 'get',
  path: '/api/documents/{docId}',
  operationId: 'getDocument',
  tags: ['documents'],
  summary: 'One document with its full text, into which citation offsets point',
  request: {
    params: z.object({
      docId: z
        .string()
        .openapi({ description: 'The `docId` of a citation or of the document list.' }),
    }),
  },
  responses: {
    200: {
      description:
        'The document, its full source text, and which spans of it are the article (`paragraphs`, `metadata`).',
      content: { 'application/json': { schema: articleSchema.meta({ id: 'Article' }) } },
    },
    404: errorResponse('No document has this id (`document_not_found`).'),
  },
});

export function createDocumentsRoutes({
  documents,
  chunks,
}: {
  documents: SourceDocument[];
  chunks: Chunk[];
}) {
  const summary = createDocumentSummarizer({ chunks });
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(listDocumentsRoute, (c) => c.json({ documents: documents.map(summary) }, 200))
    .openapi(getDocumentRoute, (c) => {
      const { docId } = c.req.valid('param');
      const document = documents.find((candidate) => candidate.docId === docId);
      if (!document) throw new AppError('document_not_found', `No document with id "${docId}".`);
      return c.json(
        {
          ...summary(document),
          text: document.fileText,
          paragraphs: document.paragraphs,
          metadata: document.metadata,
        },
        200,
      );
    });
}
