/**
 * Composition root: loadConfig → createDeps → serve(createApp(deps)).
 */
import { serve } from '@hono/node-server';
import { renderProgress } from './cli/render-progress.js';
import { loadConfig } from './config/load-config.js';
import { createDeps } from './deps.js';
import { appDepsFrom, createApp } from './http/create-app.js';
import { createBackgroundTasks } from './slack/background-tasks.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const deps = await createDeps(config, { onProgress: renderProgress() });
  const tasks = createBackgroundTasks({ logger: deps.logger });
  const app = createApp(appDepsFrom(deps, { schedule: tasks.schedule }));
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    deps.logger.info(`sourced is answering on http://${config.host}:${info.port}`, {
      documents: deps.documents.length,
      chunks: deps.index.chunks.length,
      embedder: deps.index.embedder.id,
    });
  });
  // Finish Slack answers already acknowledged before exiting.
  const stop = () => server.close(() => void tasks.idle().then(() => process.exit(0)));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `sourced could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
