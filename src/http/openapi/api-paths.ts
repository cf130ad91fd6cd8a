/**
 * OpenAPI paths of the operations routes (`/healthz`), described by hand.
 * The `/api/*` routes describe themselves (`@hono/zod-openapi`, see
 * `create-api-routes.ts`).
 */
import { jsonResponse, type PathItems } from './openapi-helpers.js';

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
};
