/**
 * Composition root: loadConfig → (DATABASE_URL: openDatabase) → createDeps →
 * serve(createApp(deps)), plus the Slack door's state (a SQLite file, or
 * tables in the shared database) and, with SLACK_APP_TOKEN, its Socket Mode
 * connection. PostgreSQL's client and Slack's SDKs are imported only when
 * configured: a server without them does not load them (start-up time).
 */
import { renderProgress } from './cli/render-progress.js';
import { runIndexCommand } from './cli/run-index-command.js';
import { loadConfig, type Config } from './config/load-config.js';
import { createDeps, type Deps } from './deps.js';
import { createLogger } from './log/logger.js';
import { createRequestContext } from './log/request-context.js';
import { appDepsFrom, createApp } from './http/create-app.js';
import { createLiveApp } from './http/create-live-app.js';
import { listen } from './http/listen.js';
import { watchSeeds } from './store/watch-seeds.js';
import { createBackgroundTasks, type Schedule } from './slack/background-tasks.js';
import type { SlackSocketMode } from './slack/start-socket-mode.js';
import type { SqlDatabase } from './store/postgres/sql-database.js';
import type { SlackDeps } from './slack/slack-deps.js';
import type { SlackStateStore } from './slack/state/slack-state-store.js';
import type { FeedbackStore } from './slack/feedback-store.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const requestContext = createRequestContext();
  const logger = createLogger({ level: config.logLevel, context: requestContext.fields });
  // First, so a bad URL, an unreachable server or a missing pgvector stops the start at once.
  const database = config.database
    ? await (
        await import('./store/postgres/open-database.js')
      ).openDatabase({
        database: config.database,
        logger,
        ...(config.efSearch === undefined ? {} : { efSearch: config.efSearch }),
      })
    : undefined;
  const deps = await createDeps(config, {
    logger,
    requestContext,
    onProgress: renderProgress(),
    // A full build at start runs in `npm run index`'s process: the server never holds its peak.
    buildIndexApart: () => runIndexCommand(),
    ...(database ? { database } : {}),
  });
  const tasks = createBackgroundTasks({ logger: deps.logger });
  const slackEnabled = Boolean(config.slack.signingSecret || config.slack.appToken);
  const slackDeps = slackEnabled
    ? await createSlackDoor({ config, deps, database, schedule: tasks.schedule })
    : undefined;
  const slackState = slackDeps?.state;
  let ready = true;
  // Document writes (ADMIN_TOKEN) sit in front; the read app is rebuilt after each change.
  const app = createLiveApp({
    build: () => createApp(appDepsFrom(deps, { slack: slackDeps, readiness: () => ready })),
    live: deps.live,
    manager: deps.documentManager,
    seedsDir: config.seedsDir,
    adminToken: config.documents.adminToken,
    maxUploadBytes: config.documents.maxUploadBytes,
    logger: deps.logger,
  });
  const watcher = config.documents.watchSeeds
    ? watchSeeds({ seedsDir: config.seedsDir, manager: deps.documentManager, logger: deps.logger })
    : undefined;
  const { server, port } = await listen({
    fetch: app.fetch,
    host: config.host,
    port: config.port,
    headersTimeoutMs: config.timeouts.headersMs,
    requestTimeoutMs: config.timeouts.requestMs,
  });
  deps.logger.info(`sourced is answering on http://${config.host}:${port}`, {
    documents: deps.documents.length,
    chunks: deps.index.chunks.length,
    embedder: deps.index.embedder.id,
    apiKeys: config.access.apiKeys.length,
    rateLimitPerMinute: config.access.rateLimitPerMinute,
    allowedHosts: config.access.allowedHosts ?? 'any',
  });
  if (config.access.allowedHosts === null && config.access.apiKeys.length === 0) {
    deps.logger.warn(
      `no Host check (HOST ${config.host}, ALLOWED_HOSTS unset or *) and no API_KEYS: anyone who can reach port ${port} can ask questions (see the threat model in README.md)`,
    );
  }
  let socketMode: SlackSocketMode | undefined;
  if (config.slack.appToken && slackDeps) {
    const { startSocketMode } = await import('./slack/start-socket-mode.js');
    socketMode = await startSocketMode({
      appToken: config.slack.appToken,
      deps: slackDeps,
      logger: deps.logger,
      apiUrl: config.slack.apiUrl,
    });
  }
  // Stop taking Slack deliveries, finish answers already acknowledged, then close the state file;
  // /readyz says so meanwhile.
  const stop = () => {
    ready = false;
    server.close(async () => {
      watcher?.close();
      await socketMode?.stop().catch(() => undefined);
      await tasks.idle();
      await slackState?.close();
      // Waits for a graph save in progress: a process stopped in the middle of one leaves the
      // graph behind the database, and the next start rebuilds it from every vector (tens of
      // seconds at 100k chunks).
      await deps.index.store.close().catch(() => undefined);
      deps.shared?.close();
      await database?.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** The Slack door's dependencies; its SDKs and state store are loaded only here. */
async function createSlackDoor({
  config,
  deps,
  database,
  schedule,
}: {
  config: Config;
  deps: Deps;
  database: SqlDatabase | undefined;
  schedule: Schedule;
}): Promise<SlackDeps> {
  const { createSlackDeps } = await import('./slack/create-slack-deps.js');
  let state: SlackStateStore;
  let feedback: FeedbackStore | undefined;
  if (database) {
    const { createPostgresSlackStateStore } =
      await import('./slack/state/create-postgres-slack-state-store.js');
    const { createPostgresFeedbackStore } =
      await import('./slack/create-postgres-feedback-store.js');
    state = createPostgresSlackStateStore({ database });
    feedback = createPostgresFeedbackStore({ database });
  } else {
    const { createSqliteSlackStateStore } =
      await import('./slack/state/create-sqlite-slack-state-store.js');
    state = createSqliteSlackStateStore({ path: config.slack.statePath });
  }
  return createSlackDeps({
    assistant: deps.assistant,
    logger: deps.logger,
    state,
    botToken: config.slack.botToken,
    apiUrl: config.slack.apiUrl,
    feedbackFile: config.slack.feedbackFile,
    ...(feedback ? { feedback } : {}),
    documentTitles: deps.documents.map((document) => document.title),
    schedule,
  });
}

function fail(message: string): never {
  process.stderr.write(`sourced could not start: ${message}\n`);
  process.exit(1);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
