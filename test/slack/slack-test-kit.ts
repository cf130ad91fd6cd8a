/**
 * Shared fixtures for the Slack tests: a fake Assistant with a fixed cited
 * answer, a recording logger, signed request helpers, Slack payloads, and
 * the HTTP sub-app wired to the fake Slack.
 */
import type { AskOptions, Assistant, ChatResponse } from '../../src/answer/chat-types.js';
import type { Logger } from '../../src/log/logger.js';
import { createBackgroundTasks } from '../../src/slack/background-tasks.js';
import { createSlackApp } from '../../src/slack/create-slack-app.js';
import { createSlackDeps, type SlackDepsOptions } from '../../src/slack/create-slack-deps.js';
import { createMemorySlackStateStore } from '../../src/slack/state/create-memory-slack-state-store.js';
import { computeSlackSignature } from '../../src/slack/verify-slack-signature.js';
import { BOT_TOKEN, type FakeSlack } from './fake-slack-server.js';

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_USER_ID = 'UBOT';
/** 2023-11-14T22:13:20Z, in epoch milliseconds. */
export const NOW_MS = 1_700_000_000_000;
export const NOW_SECONDS = String(NOW_MS / 1000);
/** Web API retries without waits (a 429 still waits its Retry-After). */
export const FAST_RETRY = { retries: 3, minTimeout: 0, maxTimeout: 1 };
export const TITLES = ['Central bank raises rates', 'Stocks climb on the rate decision'];

export const CITED_RESPONSE: ChatResponse = {
  answer: 'The bank raised rates by 0.25 points [1]. Markets rose after the decision [2].',
  refused: false,
  citations: [
    {
      n: 1,
      docId: 'doc-rates',
      title: 'Central bank raises rates',
      date: '2024-03-01',
      source: 'Daily Ledger',
      chunkId: 'doc-rates#0',
      quote: 'The central bank raised its main rate by 0.25 percentage points on Thursday.',
      start: 120,
      end: 196,
      score: 0.91,
    },
    {
      n: 2,
      docId: 'doc-markets',
      title: 'Stocks climb',
      date: null,
      source: null,
      chunkId: 'doc-markets#3',
      quote: 'Markets rose after the decision & bonds fell.',
      start: 10,
      end: 55,
      score: 0.74,
    },
  ],
};

/** An Assistant that always gives `response` and records every conversation it was asked. */
export function createFakeAssistant(response: ChatResponse = CITED_RESPONSE) {
  const calls: AskOptions[] = [];
  const assistant: Assistant = {
    async ask(options) {
      calls.push(options);
      return response;
    },
  };
  return { assistant, calls };
}

export function createRecordingLogger() {
  const lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const record = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push({ level, message, fields });
  };
  const logger: Logger = { info: record('info'), warn: record('warn'), error: record('error') };
  return { logger, lines };
}

export interface TestSlackOptions extends Partial<SlackDepsOptions> {
  fake?: FakeSlack;
  signingSecret?: string;
}

/** The Slack HTTP sub-app wired for tests: fixed clock, the fake's Web API, awaitable background work. */
export function createTestSlackApp(options: TestSlackOptions = {}) {
  const { fake, signingSecret: _secret, ...overrides } = options;
  // An explicit `signingSecret: undefined` means "not configured".
  const signingSecret = 'signingSecret' in options ? options.signingSecret : SIGNING_SECRET;
  const { logger, lines } = createRecordingLogger();
  const fakeAssistant = createFakeAssistant();
  const tasks = createBackgroundTasks({ logger });
  const deps = createSlackDeps({
    assistant: fakeAssistant.assistant,
    logger,
    state: createMemorySlackStateStore({ now: () => NOW_MS }),
    botToken: BOT_TOKEN,
    apiUrl: fake?.apiUrl ?? 'http://127.0.0.1:9/api/',
    responseUrlOrigins: fake ? [fake.origin] : [],
    feedbackFile: '/nonexistent/feedback.jsonl',
    documentTitles: TITLES,
    now: () => NOW_MS,
    schedule: tasks.schedule,
    retry: FAST_RETRY,
    ...overrides,
  });
  const app = createSlackApp({ signingSecret, deps, logger, now: () => NOW_MS });
  return { app, deps, askCalls: fakeAssistant.calls, logLines: lines, idle: tasks.idle };
}

/** Anything with Hono's `request()`; the Slack sub-app or the whole HTTP app. */
export interface RequestTarget {
  request(path: string, init: RequestInit): Response | Promise<Response>;
}

export interface SignedRequestOptions {
  body: string;
  contentType?: string;
  secret?: string;
  timestamp?: string;
  headers?: Record<string, string>;
}

/** Sends a request signed the way Slack signs it. */
export function sendSigned(app: RequestTarget, path: string, options: SignedRequestOptions) {
  const {
    body,
    contentType = 'application/json',
    secret = SIGNING_SECRET,
    timestamp = NOW_SECONDS,
  } = options;
  const signature = `v0=${computeSlackSignature({ signingSecret: secret, timestamp, rawBody: body })}`;
  return app.request(path, {
    method: 'POST',
    body,
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': signature,
      ...options.headers,
    },
  });
}

/** An Events API envelope around `event`. */
export function eventEnvelope(eventId: string, event: Record<string, unknown>) {
  return {
    type: 'event_callback',
    team_id: 'T1',
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ user_id: BOT_USER_ID, is_bot: true }],
    event,
  };
}

/** A `/ask` invocation's fields. */
export function askCommand(text: string, extra: Record<string, string> = {}) {
  return {
    token: 'deprecated',
    team_id: 'T1',
    channel_id: 'C1',
    user_id: 'U1',
    user_name: 'ada',
    command: '/ask',
    text,
    response_url: 'https://hooks.slack.com/commands/T1/1/abc',
    trigger_id: '1.2.3',
    ...extra,
  };
}
