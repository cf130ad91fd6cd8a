/**
 * OpenAPI operations of live document management: upload, replace and
 * delete, merged into the `/api/documents` paths. Guarded by ADMIN_TOKEN.
 */
import { errorResponse, pathParameter, type PathItems } from './openapi-helpers.js';

const security = [{ adminToken: [] }];

const uploadBody = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: {
            type: 'string',
            format: 'binary',
            description: '.txt, .md, .html, .htm, .pdf or .docx',
          },
          docId: { type: 'string', description: 'Default: the file name without extension.' },
        },
      },
    },
    'application/json': {
      schema: {
        type: 'object',
        properties: {
          docId: { type: 'string', maxLength: 80 },
          text: { type: 'string', description: 'Plain text or Markdown (one of text, html).' },
          html: { type: 'string', description: 'An HTML page (one of text, html).' },
          format: { enum: ['text', 'markdown'] },
        },
      },
    },
  },
};

const written = (description: string) => ({
  description,
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['docId', 'status'],
        properties: {
          docId: { type: 'string' },
          status: { enum: ['created', 'replaced', 'unchanged', 'deleted'] },
          document: { $ref: '#/components/schemas/DocumentSummary' },
        },
      },
    },
  },
});

const writeErrors = {
  '401': errorResponse('Missing or wrong admin key (`unauthorized`).'),
  '403': errorResponse('ADMIN_TOKEN is not set: writes are disabled (`writes_disabled`).'),
};

const uploadErrors = {
  ...writeErrors,
  '400': errorResponse('No `file` field, or a JSON body without `text` or `html`.'),
  '409': errorResponse(
    'The same content is already indexed (`duplicate_document`), or the id is taken (`document_exists`).',
  ),
  '413': errorResponse('The document is over MAX_UPLOAD_BYTES (`payload_too_large`).'),
  '415': errorResponse('Not an accepted type; the message names them (`unsupported_media_type`).'),
  '422': errorResponse(
    'Encrypted, scanned or corrupt PDF, HTML without article text (`unprocessable_document`).',
  ),
};

const docId = pathParameter('docId', 'The document to replace or delete.');

export const documentWritePaths: PathItems = {
  '/api/documents': {
    post: {
      operationId: 'addDocument',
      tags: ['documents'],
      summary: 'Add a document (upload, or JSON text/html); answerable at once',
      security,
      requestBody: uploadBody,
      responses: { '201': written('The document was indexed.'), ...uploadErrors },
    },
  },
  '/api/documents/{docId}': {
    put: {
      operationId: 'replaceDocument',
      tags: ['documents'],
      summary: 'Replace a document',
      security,
      parameters: [docId],
      requestBody: uploadBody,
      responses: {
        '200': written('The document was replaced (or was already identical).'),
        '404': errorResponse('No document has this id (`document_not_found`).'),
        ...uploadErrors,
      },
    },
    delete: {
      operationId: 'deleteDocument',
      tags: ['documents'],
      summary: 'Remove a document; it is never cited again',
      security,
      parameters: [docId],
      responses: {
        '200': written('The document was removed.'),
        '404': errorResponse('No document has this id (`document_not_found`).'),
        ...writeErrors,
      },
    },
  },
};

/** Merges path items, operations of the same path side by side. */
export function mergePaths(...groups: PathItems[]): PathItems {
  const merged: PathItems = {};
  for (const group of groups)
    for (const [path, item] of Object.entries(group)) merged[path] = { ...merged[path], ...item };
  return merged;
}
