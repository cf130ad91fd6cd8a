/**
 * The Slack door: a Hono sub-app serving the Events API, slash commands and
 * interactivity, mounted by the HTTP app with `app.route('/slack', …)`.
 * Every request is signature-checked first; without a signing secret every
 * route answers 503.
 */
import { Hono } from 'hono';
import type { Assistant } from '../answer/chat-types.js';
import { createBackgroundTasks, type Schedule } from './background-tasks.js';
import { createFeedbackStore } from './feedback-store.js';
import type { Sleep } from './fetch-with-retry.js';
import type { Logger } from '../log/logger.js';
import { createResponseUrlPoster } from './post-to-response-url.js';
import { createSlackApiClient } from './slack-api-client.js';
import { slackCommandsRoute } from './slack-commands-route.js';
import type { AnswerRecord, SlackDeps } from './slack-deps.js';
import { slackEventsRoute } from './slack-events-route.js';
import { slackInteractionsRoute } from './slack-interactions-route.js';
import { createTtlCache } from './ttl-cache.js';
import { verifySlackRequest, type SlackVariables } from './verify-slack-request.js';

const HOUR_MS = 60 * 60 * 1000;

export interface SlackAppOptions {
  assistant: Assistant;
  /** SLACK_SIGNING_SECRET; without it every route answers 503. */
  signingSecret?: string;
  /** SLACK_BOT_TOKEN (`xoxb-…`), needed to reply to events; slash commands work without it. */
  botToken?: string;
  /** SLACK_API_URL, the Web API base. */
  apiUrl?: string;
  /** FEEDBACK_FILE, where 👍/👎 lines are appended. */
  feedbackFile?: string;
  logger: Logger;
  /** Clock in epoch milliseconds (signature window, caches, feedback times). */
  now?: () => number;
  /** Runs work after the ack; defaults to in-process background tasks. */
  schedule?: Schedule;
  fetch?: typeof globalThis.fetch;
  /** Waits between retries; injected so tests need not wait for Retry-After. */
  sleep?: Sleep;
}

/** Builds the `/slack` sub-app with its own caches, clients and feedback store. */
export function createSlackApp({
  assistant,
  signingSecret,
  botToken,
  apiUrl = 'https://slack.com/api/',
  feedbackFile = 'data/feedback.jsonl',
  logger,
  now = Date.now,
  schedule = createBackgroundTasks({ logger }).schedule,
  fetch,
  sleep,
}: SlackAppOptions): Hono<{ Variables: SlackVariables }> {
  const deps: SlackDeps = {
    assistant,
    api: createSlackApiClient({ botToken, apiUrl, logger, fetch, sleep }),
    postToResponseUrl: createResponseUrlPoster({ logger, fetch, sleep }),
    feedback: createFeedbackStore({ file: feedbackFile }),
    logger,
    schedule,
    now,
    // Slack retries for about an hour at most; keep ids a little longer.
    seenEvents: createTtlCache<true>({ ttlMs: 2 * HOUR_MS, maxEntries: 20_000, now }),
    knownThreads: createTtlCache<true>({ ttlMs: 7 * 24 * HOUR_MS, maxEntries: 20_000, now }),
    answers: createTtlCache<AnswerRecord>({ ttlMs: 7 * 24 * HOUR_MS, maxEntries: 2_000, now }),
  };
  if (signingSecret && !botToken) {
    logger.warn('SLACK_BOT_TOKEN is not set: slack events are acknowledged but cannot be answered');
  }

  const app = new Hono<{ Variables: SlackVariables }>();
  app.use('*', verifySlackRequest({ signingSecret, logger, now }));
  app.post('/events', slackEventsRoute(deps));
  app.post('/commands', slackCommandsRoute(deps));
  app.post('/interactions', slackInteractionsRoute(deps));
  return app;
}
