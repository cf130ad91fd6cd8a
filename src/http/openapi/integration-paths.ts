/**
 * OpenAPI paths of the doors for other clients: the OpenAI-compatible
 * endpoint under `/v1` and the Slack app under `/slack`.
 */
import { errorResponse, type PathItems } from './openapi-helpers.js';
import { schemaRef } from './schema-components.js';

/** OpenAI's error body, which `/v1` answers with instead of ours so OpenAI clients can read it. */
const openAiErrorResponse = (description: string) => ({
  description,
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            properties: {
              message: { type: 'string' },
              type: { type: 'string' },
              param: { type: ['string', 'null'] },
              code: { type: 'null' },
            },
          },
        },
      },
    },
  },
});

const completionSchema = {
  type: 'object',
  description:
    'A `chat.completion`; the message text ends with a "Sources" list, and `citations` holds them.',
  properties: {
    id: { type: 'string' },
    object: { const: 'chat.completion' },
    created: { type: 'integer' },
    model: { type: 'string' },
    choices: { type: 'array', items: { type: 'object' } },
    citations: { type: 'array', items: schemaRef('Citation') },
  },
};

/** Every Slack route answers these before its handler runs. */
const slackGuards = {
  '401': errorResponse('The Slack signature or timestamp does not verify.'),
  '413': errorResponse('The body is larger than a Slack request may be.'),
  '503': errorResponse(
    'Slack is not configured: SLACK_SIGNING_SECRET is not set (`slack_not_configured`).',
  ),
};

const slackHeaders = [
  { name: 'x-slack-signature', in: 'header', required: true, schema: { type: 'string' } },
  { name: 'x-slack-request-timestamp', in: 'header', required: true, schema: { type: 'string' } },
];

const slackAck = (description: string) => ({ description, content: { 'application/json': {} } });

export const integrationPaths: PathItems = {
  '/v1/models': {
    get: {
      operationId: 'listModels',
      tags: ['openai-compatible'],
      summary: 'The one model this server offers, for OpenAI clients',
      responses: {
        '200': {
          description: '`{ object: "list", data: [{ id, object: "model" }] }`.',
          content: { 'application/json': {} },
        },
      },
    },
  },
  '/v1/chat/completions': {
    post: {
      operationId: 'createChatCompletion',
      tags: ['openai-compatible'],
      summary: 'OpenAI-compatible chat completions (plain, or streamed with `stream: true`)',
      description:
        'System prompts from the client are ignored: answers come only from the documents.',
      requestBody: {
        required: true,
        content: { 'application/json': { schema: schemaRef('CompletionRequest') } },
      },
      responses: {
        '200': {
          description:
            'The completion, or with `stream: true` `chat.completion.chunk` events ending in `[DONE]`.',
          content: {
            'application/json': { schema: completionSchema },
            'text/event-stream': { schema: { type: 'string' } },
          },
        },
        '400': openAiErrorResponse('The body is not JSON, or has no user question last.'),
        '413': openAiErrorResponse('The body is larger than the limit.'),
        '500': openAiErrorResponse('The answer could not be completed.'),
      },
    },
  },
  '/slack/events': {
    post: {
      operationId: 'slackEvents',
      tags: ['slack'],
      summary: 'Slack Events API: app mentions and direct messages, answered in thread',
      parameters: slackHeaders,
      requestBody: {
        required: true,
        content: { 'application/json': { schema: schemaRef('SlackEventEnvelope') } },
      },
      responses: {
        '200': slackAck('Acknowledged (or `{ challenge }` for URL verification).'),
        '400': errorResponse('Not an Events API payload (`invalid_slack_event`).'),
        ...slackGuards,
      },
    },
  },
  '/slack/commands': {
    post: {
      operationId: 'slackCommands',
      tags: ['slack'],
      summary: 'Slack slash command: acknowledged at once, answered through `response_url`',
      parameters: slackHeaders,
      requestBody: {
        required: true,
        content: { 'application/x-www-form-urlencoded': { schema: schemaRef('SlackCommand') } },
      },
      responses: {
        '200': slackAck(
          'An ephemeral acknowledgement or usage text; empty for a replayed command (same trigger).',
        ),
        '400': errorResponse(
          'Not a slash command (`invalid_slack_command`), or its `response_url` is not on a Slack host (`invalid_response_url`); nothing is asked.',
        ),
        ...slackGuards,
      },
    },
  },
  '/slack/interactions': {
    post: {
      operationId: 'slackInteractions',
      tags: ['slack'],
      summary: 'Slack interactivity: the 👍/👎 feedback buttons under an answer',
      parameters: slackHeaders,
      requestBody: {
        required: true,
        content: {
          'application/x-www-form-urlencoded': {
            schema: {
              type: 'object',
              required: ['payload'],
              properties: {
                payload: { type: 'string', description: 'JSON of a `block_actions` payload.' },
              },
            },
          },
        },
      },
      responses: {
        '200': { description: 'Recorded (empty body); a replayed click is not recorded again.' },
        '400': errorResponse('`payload` is missing or not JSON.'),
        ...slackGuards,
      },
    },
  },
};
