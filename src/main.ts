/**
 * Composition root: loadConfig → (DATABASE_URL: openDatabase) → createDeps →
 * serve(createApp(deps)), plus the Slack door's state (a SQLite file, or
 * tables in the shared database) and, with SLACK_APP_TOKEN, its Socket Mode
 * connection.
 */
import { renderProgress } from './cli/render-progress.js';
import { loadConfig } from './config/load-config.js';
import { createDeps } from './deps.js';
import { createLogger } from './log/logger.js';
import { createRequestContext } from './log/request-context.js';
import { openDatabase } from './store/postgres/open-database.js';
import { createPostgresFeedbackStore } from './slack/create-postgres-feedback-store.js';
import { createPostgresSlackStateStore } from './slack/state/create-postgres-slack-state-store.js';
import { appDepsFrom, createApp } from './http/create-app.js';
import { createLiveApp } from './http/create-live-app.js';
import { listen } from './http/listen.js';
import { watchSeeds } from './store/watch-seeds.js';
import { createBackgroundTasks } from './slack/background-tasks.js';
import { createSlackDeps } from './slack/create-slack-deps.js';
import { createSqliteSlackStateStore } from './slack/state/create-sqlite-slack-state-store.js';
import { startSocketMode, type SlackSocketMode } from './slack/start-socket-mode.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const requestContext = createRequestContext();
  const logger = createLogger({ level: config.logLevel, context: requestContext.fields });
  // First, so a bad URL, an unreachable server or a missing pgvector stops the start at once.
  const database = config.database
    ? await openDatabase({
        database: config.database,
        logger,
        ...(config.efSearch === undefined ? {} : { efSearch: config.efSearch }),
      })
    : undefined;
  const deps = await createDeps(config, {
    logger,
    requestContext,
    onProgress: renderProgress(),
    ...(database ? { database } : {}),
  });
  const tasks = createBackgroundTasks({ logger: deps.logger });
  const slackEnabled = Boolean(config.slack.signingSecret || config.slack.appToken);
  const slackState = !slackEnabled
    ? undefined
    : database
      ? createPostgresSlackStateStore({ database })
      : createSqliteSlackStateStore({ path: config.slack.statePath });
  const slackDeps =
    slackState &&
    createSlackDeps({
      assistant: deps.assistant,
      logger: deps.logger,
      state: slackState,
      botToken: config.slack.botToken,
      apiUrl: config.slack.apiUrl,
      feedbackFile: config.slack.feedbackFile,
      ...(database ? { feedback: createPostgresFeedbackStore({ database }) } : {}),
      documentTitles: deps.documents.map((document) => document.title),
      schedule: tasks.schedule,
    });
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
      deps.shared?.close();
      await database?.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function fail(message: string): never {
  process.stderr.write(`sourced could not start: ${message}\n`);
  process.exit(1);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
