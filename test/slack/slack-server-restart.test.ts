/**
 * The whole server (`src/main.ts`, as `npm start` runs it) in Socket Mode
 * against the fake Slack: it answers a mention over the real seed index, is
 * stopped with SIGTERM, started again, and does not answer Slack's retry of
 * the same event a second time, because the state file outlived the process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from './fake-slack-server.js';
import { BOT_USER_ID, eventEnvelope } from './slack-test-kit.js';

let fake: FakeSlack;
let folder: string;
const servers: ChildProcess[] = [];

beforeEach(async () => {
  fake = await startFakeSlack();
  folder = await mkdtemp(join(tmpdir(), 'slack-restart-'));
});
afterEach(async () => {
  for (const server of servers.splice(0)) if (server.exitCode === null) server.kill('SIGKILL');
  await fake.close();
  await rm(folder, { recursive: true, force: true });
});

function startServer(): ChildProcess {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(SLACK_|LLM_|PORT$|HOST$)/.test(name)) env[name] = value;
  }
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...env,
      PORT: '0',
      SEEDS_DIR: 'seeds',
      INDEX_DIR: inject('seedIndexDir'),
      EMBEDDER: 'local',
      SLACK_APP_TOKEN: 'xapp-test',
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_API_URL: fake.apiUrl,
      SLACK_STATE_PATH: join(folder, 'slack-state.db'),
      FEEDBACK_FILE: join(folder, 'feedback.jsonl'),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  servers.push(server);
  return server;
}

async function stop(server: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  return exited;
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 30_000) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const mention = (eventId: string, ts: string, question: string) =>
  eventEnvelope(eventId, {
    type: 'app_mention',
    user: 'U1',
    text: `<@${BOT_USER_ID}> ${question}`,
    ts,
    channel: 'C1',
  });

describe('the server restarted between a delivery and its retry', () => {
  it('replies once', async () => {
    const first = startServer();
    await fake.waitForConnections(1);
    await fake.deliver(
      'events_api',
      mention('EvR1', '1700000000.000100', 'What rank are the liaison officers?'),
    );
    await waitFor(() => fake.posts.length === 1, 'the first reply');
    expect(await stop(first)).toBe(0);

    startServer();
    await fake.waitForConnections(2);
    await fake.deliver(
      'events_api',
      mention('EvR1', '1700000000.000100', 'What rank are the liaison officers?'),
      { retryAttempt: 1 },
    );
    // A different question afterwards shows the restarted server is answering.
    await fake.deliver(
      'events_api',
      mention('EvR2', '1700000009.000100', 'Who is the Iranian interior minister?'),
    );
    await waitFor(() => fake.posts.length >= 2, 'the second reply');
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(fake.posts.map((post) => post.thread_ts)).toEqual([
      '1700000000.000100',
      '1700000009.000100',
    ]);
    expect(String(fake.posts[0]?.text)).toMatch(/colonel/i);
  });
});
