/**
 * Composition root: loadConfig → createDeps → serve(createApp(deps)).
 */
import { renderProgress } from './cli/render-progress.js';
import { loadConfig } from './config/load-config.js';
import { createDeps } from './deps.js';
import { appDepsFrom, createApp } from './http/create-app.js';
import { listen } from './http/listen.js';
import { createBackgroundTasks } from './slack/background-tasks.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const deps = await createDeps(config, { onProgress: renderProgress() });
  const tasks = createBackgroundTasks({ logger: deps.logger });
  let ready = true;
  const app = createApp(appDepsFrom(deps, { schedule: tasks.schedule, readiness: () => ready }));
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
  // Finish Slack answers already acknowledged before exiting; /readyz says so meanwhile.
  const stop = () => {
    ready = false;
    server.close(() => void tasks.idle().then(() => process.exit(0)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function fail(message: string): never {
  process.stderr.write(`sourced could not start: ${message}\n`);
  process.exit(1);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
