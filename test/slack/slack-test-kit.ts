/**
 * Shared fixtures for the Slack tests: a fake Assistant with a fixed cited
 * answer, a recording logger, signed request helpers and an msw fake of
 * Slack's Web API that records what the bot posted.
 */
import { http, HttpResponse } from 'msw';
import type { AskOptions, Assistant, ChatResponse } from '../../src/answer/chat-types.js';
import { createBackgroundTasks } from '../../src/slack/background-tasks.js';
import { createSlackApp, type SlackAppOptions } from '../../src/slack/create-slack-app.js';
import type { Logger } from '../../src/log/logger.js';
import { computeSlackSignature } from '../../src/slack/verify-slack-signature.js';

export const SIGNING_SECRET = 'test-signing-secret';
export const API_URL = 'https://slack.test/api/';
export const BOT_USER_ID = 'UBOT';
/** 2023-11-14T22:13:20Z, in epoch milliseconds. */
export const NOW_MS = 1_700_000_000_000;
export const NOW_SECONDS = String(NOW_MS / 1000);

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

/** A Slack app wired for tests: fixed clock, fake API base, awaitable background work. */
export function createTestSlackApp(overrides: Partial<SlackAppOptions> = {}) {
  const { logger, lines } = createRecordingLogger();
  const fake = createFakeAssistant();
  const tasks = createBackgroundTasks({ logger });
  const sleeps: number[] = [];
  const app = createSlackApp({
    assistant: fake.assistant,
    signingSecret: SIGNING_SECRET,
    botToken: 'xoxb-test',
    apiUrl: API_URL,
    feedbackFile: '/nonexistent/feedback.jsonl',
    logger,
    now: () => NOW_MS,
    schedule: tasks.schedule,
    sleep: async (milliseconds) => {
      sleeps.push(milliseconds);
    },
    ...overrides,
  });
  return { app, askCalls: fake.calls, logLines: lines, idle: tasks.idle, sleeps };
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
export function eventEnvelope(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ user_id: BOT_USER_ID, is_bot: true }],
    event,
  });
}

export interface FakeSlackMessage {
  ts: string;
  user?: string;
  bot_id?: string;
  text: string;
}

/**
 * msw handlers faking Slack's Web API: `chat.postMessage` records the form it
 * got, `conversations.replies` serves `threads[thread_ts]`.
 */
export function createFakeSlackApi({
  threads = {},
}: { threads?: Record<string, FakeSlackMessage[]> } = {}) {
  const posts: Record<string, unknown>[] = [];
  const repliesRequests: URLSearchParams[] = [];
  const handlers = [
    http.post(`${API_URL}chat.postMessage`, async ({ request }) => {
      if (request.headers.get('authorization') !== 'Bearer xoxb-test') {
        return HttpResponse.json({ ok: false, error: 'invalid_auth' });
      }
      const form = new URLSearchParams(await request.text());
      const post: Record<string, unknown> = Object.fromEntries(form);
      if (typeof post.blocks === 'string') post.blocks = JSON.parse(post.blocks);
      posts.push(post);
      return HttpResponse.json({
        ok: true,
        channel: post.channel,
        ts: `1700000100.00000${posts.length}`,
      });
    }),
    http.post(`${API_URL}conversations.replies`, async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      repliesRequests.push(form);
      return HttpResponse.json({
        ok: true,
        messages: threads[form.get('ts') ?? ''] ?? [],
        has_more: false,
      });
    }),
  ];
  return { handlers, posts, repliesRequests };
}
