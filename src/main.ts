/**
 * Composition root: loadConfig → createDeps → serve(createApp(deps)), plus
 * the Slack door's state file and, with SLACK_APP_TOKEN, its Socket Mode
 * connection.
 */
import { serve } from '@hono/node-server';
import { renderProgress } from './cli/render-progress.js';
import { loadConfig } from './config/load-config.js';
import { createDeps } from './deps.js';
import { appDepsFrom, createApp } from './http/create-app.js';
import { createLiveApp } from './http/create-live-app.js';
import { watchSeeds } from './store/watch-seeds.js';
import { createBackgroundTasks } from './slack/background-tasks.js';
import { createSlackDeps } from './slack/create-slack-deps.js';
import { createSqliteSlackStateStore } from './slack/state/create-sqlite-slack-state-store.js';
import { startSocketMode, type SlackSocketMode } from './slack/start-socket-mode.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const deps = await createDeps(config, { onProgress: renderProgress() });
  const tasks = createBackgroundTasks({ logger: deps.logger });
  const slackEnabled = Boolean(config.slack.signingSecret || config.slack.appToken);
  const slackState = slackEnabled
    ? createSqliteSlackStateStore({ path: config.slack.statePath })
    : undefined;
  const slackDeps =
    slackState &&
    createSlackDeps({
      assistant: deps.assistant,
      logger: deps.logger,
      state: slackState,
      botToken: config.slack.botToken,
      apiUrl: config.slack.apiUrl,
      feedbackFile: config.slack.feedbackFile,
      documentTitles: deps.documents.map((document) => document.title),
      schedule: tasks.schedule,
    });
  const app = createLiveApp({
    build: () => createApp(appDepsFrom(deps, { slack: slackDeps })),
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
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    deps.logger.info(`sourced is answering on http://${config.host}:${info.port}`, {
      documents: deps.documents.length,
      chunks: deps.index.chunks.length,
      embedder: deps.index.embedder.id,
    });
  });
  let socketMode: SlackSocketMode | undefined;
  if (config.slack.appToken && slackDeps) {
    socketMode = await startSocketMode({
      appToken: config.slack.appToken,
      deps: slackDeps,
      logger: deps.logger,
      apiUrl: config.slack.apiUrl,
    });
  }
  // Stop taking Slack deliveries, finish answers already acknowledged, then close the state file.
  const stop = () =>
    server.close(async () => {
      watcher?.close();
      await socketMode?.stop().catch(() => undefined);
      await tasks.idle();
      await slackState?.close();
      process.exit(0);
    });
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `sourced could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
