/**
 * Composition root: loadConfig → createDeps → serve(createApp(deps)), plus
 * the Slack door's state file and, with SLACK_APP_TOKEN, its Socket Mode
 * connection.
 */
import { renderProgress } from './cli/render-progress.js';
import { loadConfig } from './config/load-config.js';
import { createDeps } from './deps.js';
import { appDepsFrom, createApp } from './http/create-app.js';
import { listen } from './http/listen.js';
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
  let ready = true;
  const app = createApp(appDepsFrom(deps, { slack: slackDeps, readiness: () => ready }));
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
      await socketMode?.stop().catch(() => undefined);
      await tasks.idle();
      await slackState?.close();
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
