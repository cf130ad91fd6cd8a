/**
 * Assembles the OpenAPI 3.1 document served at `/openapi.json`: every route
 * of the app, with schemas generated from the zod schemas that validate them.
 * `test/web/openapi.test.ts` fails when a registered route is missing here.
 */
import { apiPaths } from './api-paths.js';
import { documentWritePaths, mergePaths } from './document-write-paths.js';
import { withAccessControl, type PathItems } from './openapi-helpers.js';
import { integrationPaths } from './integration-paths.js';
import { createSchemaComponents } from './schema-components.js';
import { webPaths } from './web-paths.js';

export interface CreateOpenApiDocumentOptions {
  version?: string;
  /** Paths of doors added later, until they get their own file here. */
  extraPaths?: PathItems;
}

export function createOpenApiDocument({
  version = '0.1.0',
  extraPaths = {},
}: CreateOpenApiDocumentOptions = {}) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'sourced',
      version,
      description:
        'Question answering over news articles: every answer cites verbatim passages, with ' +
        'character offsets into the source file. Answers only from the indexed documents; ' +
        'otherwise it refuses.',
    },
    tags: [
      { name: 'chat', description: 'Ask questions' },
      { name: 'documents', description: 'What is indexed, and the text citations point into' },
      { name: 'operations', description: 'Health' },
      { name: 'openai-compatible', description: 'For existing OpenAI chat clients' },
      { name: 'slack', description: 'The Slack app (signed requests from Slack only)' },
      { name: 'web', description: 'The browser pages' },
      { name: 'reference', description: 'This reference' },
    ],
    paths: mergePaths(
      withAccessControl({ ...apiPaths, ...integrationPaths, ...extraPaths, ...webPaths }),
      documentWritePaths,
    ),
    components: {
      schemas: createSchemaComponents(),
      securitySchemes: {
        bearerKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'One of `API_KEYS`; needed only when the server sets them.',
        },
        adminToken: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN' },
      },
    },
  };
}
export type OpenApiDocument = ReturnType<typeof createOpenApiDocument>;
