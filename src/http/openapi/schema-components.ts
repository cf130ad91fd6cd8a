/**
 * The OpenAPI `components.schemas`: the zod schemas of requests and responses
 * turned into JSON Schema 2020-12 (the dialect of OpenAPI 3.1) by zod itself,
 * so the document cannot drift from the validation.
 */
import { z } from 'zod';
import { chatResponseSchema, citationSchema } from '../../answer/chat-types.js';
import { slackCommandSchema, slackEnvelopeSchema } from '../../slack/slack-payload-schemas.js';
import { completionRequestSchema } from '../openai-format.js';
import { chatRequestSchema } from '../request-schemas.js';
import {
  documentListSchema,
  articleSchema,
  documentSummarySchema,
  errorResponseSchema,
  healthSchema,
  streamPassageSchema,
} from '../response-schemas.js';

type SchemaObject = Record<string, unknown>;

/** Request bodies, described as clients may send them (`io: 'input'`). */
const requestSchemas: Record<string, z.ZodType> = {
  ChatRequest: chatRequestSchema,
  CompletionRequest: completionRequestSchema,
  SlackEventEnvelope: slackEnvelopeSchema,
  SlackCommand: slackCommandSchema,
};

/** Response bodies, described as the server sends them (`io: 'output'`). */
const responseSchemas: Record<string, z.ZodType> = {
  Citation: citationSchema,
  StreamPassage: streamPassageSchema,
  ChatResponse: chatResponseSchema,
  Error: errorResponseSchema,
  DocumentSummary: documentSummarySchema,
  DocumentList: documentListSchema,
  Article: articleSchema,
  Health: healthSchema,
};

/** `$ref` to a named component schema. */
export const schemaRef = (
  name: keyof typeof requestSchemas | keyof typeof responseSchemas | string,
) => ({
  $ref: `#/components/schemas/${name}`,
});

function convert(
  schemas: Record<string, z.ZodType>,
  io: 'input' | 'output',
): Record<string, SchemaObject> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: converted } = z.toJSONSchema(registry, { io, uri: (id) => schemaRef(id).$ref });
  // Component schemas inherit the document's dialect; a per-schema `$id` would re-root their `$ref`s.
  return Object.fromEntries(
    Object.entries(converted).map(([id, { $schema: _schema, $id: _id, ...schema }]) => [
      id,
      schema,
    ]),
  );
}

/** Every named schema of the API, ready for `components.schemas`. */
export function createSchemaComponents(): Record<string, SchemaObject> {
  return { ...convert(responseSchemas, 'output'), ...convert(requestSchemas, 'input') };
}
