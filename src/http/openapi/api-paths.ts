/**
 * OpenAPI paths of the operations routes (`/healthz`, `/readyz`, `/metrics`), described by hand.
 * The `/api/*` routes describe themselves (`@hono/zod-openapi`, see
 * `create-api-routes.ts`).
 */
import { bodyResponse, errorResponse, jsonResponse, type PathItems } from './openapi-helpers.js';

export const apiPaths: PathItems = {
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
