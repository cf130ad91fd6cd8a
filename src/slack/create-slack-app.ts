/**
 * The Slack door over HTTP: a Hono sub-app serving the Events API, slash
 * commands and interactivity, mounted by the HTTP app with
 * `app.route('/slack', …)`. Every request is signature-checked first; without
 * a signing secret (or without Slack deps) every route answers 503. The
 * handlers themselves are shared with Socket Mode.
 */
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from '../log/logger.js';
import { handleEventEnvelope } from './handle-event-envelope.js';
import { handleInteraction } from './handle-interaction.js';
import { handleSlashCommand } from './handle-slash-command.js';
import { rejectAck, type SlackAck } from './slack-ack.js';
import type { SlackDeps } from './slack-deps.js';
import { verifySlackRequest, type SlackVariables } from './verify-slack-request.js';

export interface SlackAppOptions {
  /** SLACK_SIGNING_SECRET; without it every route answers 503. */
  signingSecret?: string;
  /** The shared Slack dependencies; without them every route answers 503. */
  deps?: SlackDeps;
  logger: Logger;
  /** Clock in epoch milliseconds (the signature window). */
  now?: () => number;
}

type SlackContext = Context<{ Variables: SlackVariables }>;

/** Builds the `/slack` sub-app. */
export function createSlackApp({
  signingSecret,
  deps,
  logger,
  now = Date.now,
}: SlackAppOptions): Hono<{ Variables: SlackVariables }> {
  const app = new Hono<{ Variables: SlackVariables }>();
  app.use('*', verifySlackRequest({ signingSecret: deps && signingSecret, logger, now }));
  // The routes exist either way (the OpenAPI description lists them); without
  // deps the middleware has already answered 503.
  const shared = (): SlackDeps => {
    if (!deps) throw new HTTPException(503, { message: 'Slack is not configured.' });
    return deps;
  };

  const reply = (c: SlackContext, ack: SlackAck) =>
    ack.body === null ? c.body(null, ack.status) : c.json(ack.body, ack.status);
  // The signature is unique to one signed request: a replay repeats it.
  const deliveryId = (c: SlackContext) => `signature:${c.req.header('x-slack-signature')}`;

  app.post('/events', async function slackEvents(c) {
    const payload = safeJson(c.get('slackRawBody'));
    const retryNum = c.req.header('x-slack-retry-num');
    return reply(c, await handleEventEnvelope({ deps: shared(), payload, retryNum }));
  });
  app.post('/commands', async function slackCommands(c) {
    const payload = Object.fromEntries(new URLSearchParams(c.get('slackRawBody')));
    return reply(
      c,
      await handleSlashCommand({ deps: shared(), payload, deliveryId: deliveryId(c) }),
    );
  });
  app.post('/interactions', async function slackInteractions(c) {
    const payload = safeJson(new URLSearchParams(c.get('slackRawBody')).get('payload') ?? '');
    if (payload === undefined) {
      return reply(c, rejectAck('invalid_slack_interaction', 'Missing or malformed payload.'));
    }
    return reply(
      c,
      await handleInteraction({ deps: shared(), payload, deliveryId: deliveryId(c) }),
    );
  });
  return app;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
