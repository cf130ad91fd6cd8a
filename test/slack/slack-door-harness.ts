/**
 * Drives the Slack door over either transport against the fake Slack: HTTP
 * (signed requests to the Hono sub-app) or Socket Mode (envelopes on the
 * fake's WebSocket), with a restart that keeps the state file.
 */
import { createBackgroundTasks } from '../../src/slack/background-tasks.js';
import { createSlackApp } from '../../src/slack/create-slack-app.js';
import { createSlackDeps, type SlackDepsOptions } from '../../src/slack/create-slack-deps.js';
import type { SlackDeps } from '../../src/slack/slack-deps.js';
import { createMemorySlackStateStore } from '../../src/slack/state/create-memory-slack-state-store.js';
import { createSqliteSlackStateStore } from '../../src/slack/state/create-sqlite-slack-state-store.js';
import type { SlackStateStore } from '../../src/slack/state/slack-state-store.js';
import { startSocketMode, type SlackSocketMode } from '../../src/slack/start-socket-mode.js';
import { APP_TOKEN, BOT_TOKEN, type EnvelopeType, type FakeSlack } from './fake-slack-server.js';
import {
  createFakeAssistant,
  createRecordingLogger,
  FAST_RETRY,
  NOW_MS,
  sendSigned,
  SIGNING_SECRET,
  TITLES,
} from './slack-test-kit.js';

/** What a door answered at once: the HTTP response, or the Socket Mode ack. */
export interface DoorReply {
  status: number;
  body: unknown;
}

export type DoorName = 'HTTP' | 'Socket Mode';

export interface HarnessOptions extends Partial<SlackDepsOptions> {
  /** A SQLite file for the state, so `restart()` keeps it; in memory otherwise. */
  statePath?: string;
}

/**
 * The Slack door over `door`, against `fake`: send deliveries the way Slack
 * would over that door, wait for the background answers, restart.
 */
export async function createSlackHarness(
  door: DoorName,
  fake: FakeSlack,
  options: HarnessOptions = {},
) {
  const { statePath, ...overrides } = options;
  const { logger, lines } = createRecordingLogger();
  const fakeAssistant = createFakeAssistant();
  const tasks = createBackgroundTasks({ logger });

  let state: SlackStateStore;
  let deps: SlackDeps;
  let app: ReturnType<typeof createSlackApp>;
  let socket: SlackSocketMode | undefined;

  async function open(): Promise<void> {
    state = statePath
      ? createSqliteSlackStateStore({ path: statePath, now: () => NOW_MS })
      : createMemorySlackStateStore({ now: () => NOW_MS });
    deps = createSlackDeps({
      assistant: fakeAssistant.assistant,
      logger,
      state,
      botToken: BOT_TOKEN,
      apiUrl: fake.apiUrl,
      responseUrlOrigins: [fake.origin],
      feedbackFile: '/nonexistent/feedback.jsonl',
      documentTitles: TITLES,
      now: () => NOW_MS,
      schedule: tasks.schedule,
      retry: FAST_RETRY,
      ...overrides,
    });
    app = createSlackApp({ signingSecret: SIGNING_SECRET, deps, logger, now: () => NOW_MS });
    if (door === 'Socket Mode') {
      socket = await startSocketMode({
        appToken: APP_TOKEN,
        deps,
        logger,
        apiUrl: fake.apiUrl,
        clientPingTimeoutMs: 1000,
      });
    }
  }

  async function shut(): Promise<void> {
    await socket?.stop();
    socket = undefined;
    await tasks.idle();
    await state.close();
  }

  async function viaHttp(path: string, body: string, contentType: string, headers = {}) {
    const response = await sendSigned(app, path, { body, contentType, headers });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  /** Socket Mode acks carry `{}` when empty; HTTP answers no body. */
  async function viaSocket(type: EnvelopeType, payload: unknown, retryAttempt?: number) {
    const ack = await fake.deliver(type, payload, { retryAttempt });
    const empty = ack === null || (typeof ack === 'object' && Object.keys(ack).length === 0);
    return { status: 200, body: empty ? null : ack };
  }

  await open();
  return {
    askCalls: fakeAssistant.calls,
    logLines: lines,
    idle: tasks.idle,
    get deps() {
      return deps;
    },
    async sendEvent(
      envelope: object,
      { retryNum }: { retryNum?: number } = {},
    ): Promise<DoorReply> {
      if (door === 'HTTP') {
        const headers = retryNum ? { 'x-slack-retry-num': String(retryNum) } : {};
        return viaHttp('/events', JSON.stringify(envelope), 'application/json', headers);
      }
      return viaSocket('events_api', envelope, retryNum);
    },
    async sendCommand(fields: Record<string, string>): Promise<DoorReply> {
      if (door === 'HTTP') {
        const form = new URLSearchParams(fields).toString();
        return viaHttp('/commands', form, 'application/x-www-form-urlencoded');
      }
      return viaSocket('slash_commands', fields);
    },
    async sendInteraction(payload: object): Promise<DoorReply> {
      if (door === 'HTTP') {
        const form = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
        return viaHttp('/interactions', form, 'application/x-www-form-urlencoded');
      }
      return viaSocket('interactive', payload);
    },
    /** Stops the door like a server shutdown, then starts it again on the same state file. */
    async restart() {
      await shut();
      await open();
    },
    close: shut,
  };
}

export type SlackHarness = Awaited<ReturnType<typeof createSlackHarness>>;
