/**
 * OpenAPI paths of the JSON API: `/api/chat`, `/api/documents`, `/healthz`.
 */
import {
  bodyResponse,
  errorResponse,
  jsonBodyErrors,
  jsonResponse,
  pathParameter,
  type PathItems,
} from './openapi-helpers.js';
import { schemaRef } from './schema-components.js';

const chatStreamDescription = [
  'With `"stream": true` the answer comes as Server-Sent Events, in this order:',
  '`citations` (`{ passages: CandidatePassage[] }`: what retrieval found, before the answer),',
  '`delta` (`{ text }`: answer text, zero or more),',
  '`done` (the full `ChatResponse`, authoritative: show its `answer`).',
  'A failure mid-stream ends with an `error` event carrying `{ error: { code, message } }`.',
].join(' ');

export const apiPaths: PathItems = {
  '/api/chat': {
    post: {
      operationId: 'chat',
      tags: ['chat'],
      summary: 'Answer the last question of a conversation from the documents, with citations',
      description:
        'Every `[n]` marker in `answer` matches the citation with that `n`; its `quote` is exactly ' +
        '`text.slice(start, end)` of `GET /api/documents/{docId}`. When the documents do not answer ' +
        'the question, `refused` is true and `citations` is empty.',
      requestBody: {
        required: true,
        content: { 'application/json': { schema: schemaRef('ChatRequest') } },
      },
      responses: {
        '200': {
          description: `The cited answer (or refusal). ${chatStreamDescription}`,
          content: {
            'application/json': { schema: schemaRef('ChatResponse') },
            'text/event-stream': { schema: { type: 'string', description: chatStreamDescription } },
          },
        },
        ...jsonBodyErrors,
      },
    },
  },
  '/api/documents': {
    get: {
      operationId: 'listDocuments',
      tags: ['documents'],
      summary: 'List the indexed documents',
      responses: {
        '200': jsonResponse('Every indexed document with its chunk count.', 'DocumentList'),
      },
    },
  },
  '/api/documents/{docId}': {
    get: {
      operationId: 'getDocument',
      tags: ['documents'],
      summary: 'One document with its full text, into which citation offsets point',
      parameters: [pathParameter('docId', 'The `docId` of a citation or of the document list.')],
      responses: {
        '200': jsonResponse('The document and its full source text.', 'Document'),
        '404': errorResponse('No document has this id (`document_not_found`).'),
      },
    },
  },
  '/healthz': {
    get: {
      operationId: 'health',
      tags: ['operations'],
      summary: 'Liveness and what is loaded',
      responses: {
        '200': jsonResponse('The server is up, with its document and chunk counts.', 'Health'),
      },
    },
  },
  '/readyz': {
    get: {
      operationId: 'ready',
      tags: ['operations'],
      summary: 'Whether the server should get traffic: index open and not shutting down',
      responses: {
        '200': { description: 'Ready: `{ status: "ready", documents, chunks }`.' },
        '503': { description: 'Shutting down: `{ status: "shutting_down" }`.' },
      },
    },
  },
  '/metrics': {
    get: {
      operationId: 'metrics',
      tags: ['operations'],
      summary: 'Prometheus metrics: requests and latency by route and status, answers, fallbacks',
      description: 'Needs the API key when `API_KEYS` is set.',
      responses: {
        '200': bodyResponse('Prometheus text exposition format.', ['text/plain']),
        '401': errorResponse('An API key is required and was missing or wrong.'),
      },
    },
  },
};
