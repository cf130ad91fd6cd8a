/**
 * OpenAPI paths of the browser-facing routes: the chat page, the documents
 * view, their static assets, and this reference itself.
 */
import { bodyResponse, errorResponse, pathParameter, type PathItems } from './openapi-helpers.js';

const html = (description: string) => bodyResponse(description, ['text/html']);
const asset = (description: string) => ({
  '200': bodyResponse(description, ['text/javascript', 'text/css', 'image/png']),
  '404': errorResponse('No such asset (`not_found`).'),
});

export const webPaths: PathItems = {
  '/': {
    get: {
      operationId: 'chatPage',
      tags: ['web'],
      summary: 'The chat page',
      responses: { '200': html('A page to ask questions and open the cited passages.') },
    },
  },
  '/documents': {
    get: {
      operationId: 'documentsPage',
      tags: ['web'],
      summary: 'The documents view: every indexed article',
      responses: { '200': html('A table of the indexed articles: title, date, source, chunks.') },
    },
  },
  '/documents/{docId}': {
    get: {
      operationId: 'articlePage',
      tags: ['web'],
      summary: 'One article, with a cited passage highlighted',
      parameters: [
        pathParameter('docId', 'The article to show.'),
        { name: 'start', in: 'query', required: false, schema: { type: 'integer', minimum: 0 } },
        { name: 'end', in: 'query', required: false, schema: { type: 'integer', minimum: 0 } },
      ],
      responses: {
        '200': html('The article; `text.slice(start, end)` is highlighted when both are given.'),
        '404': html('No document has this id.'),
      },
    },
  },
  '/assets/{file}': {
    get: {
      operationId: 'webAsset',
      tags: ['web'],
      summary: "The chat page's scripts and stylesheet",
      parameters: [pathParameter('file', 'File name, e.g. `chat.js`.')],
      responses: asset('The file.'),
    },
  },
  '/openapi.json': {
    get: {
      operationId: 'openApiDocument',
      tags: ['reference'],
      summary: 'This OpenAPI 3.1 document',
      responses: {
        '200': { description: 'The OpenAPI document.', content: { 'application/json': {} } },
      },
    },
  },
  '/docs': {
    get: {
      operationId: 'apiReference',
      tags: ['reference'],
      summary: 'This document rendered with Swagger UI',
      responses: { '200': html('The API reference page.') },
    },
  },
  '/docs/assets/{file}': {
    get: {
      operationId: 'apiReferenceAsset',
      tags: ['reference'],
      summary: 'Swagger UI files, served from the swagger-ui-dist package',
      parameters: [pathParameter('file', 'File name, e.g. `swagger-ui-bundle.js`.')],
      responses: asset('The file.'),
    },
  },
};
