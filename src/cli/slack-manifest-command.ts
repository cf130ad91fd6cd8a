/**
 * `npm run slack:manifest`: prints the Slack app manifest for this corpus.
 * `-- --socket-mode` for Socket Mode, `-- --url https://host` for HTTP with
 * your public address; the `/ask` usage hint is drawn from the titles in
 * SEEDS_DIR.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config.js';
import { loadDocuments } from '../ingest/load-documents.js';
import { createSlackManifest } from '../slack/create-slack-manifest.js';
import { createExampleQuestions } from '../slack/example-questions.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'socket-mode': { type: 'boolean', default: false }, url: { type: 'string' } },
  });
  if (values.url !== undefined && !/^https:\/\/[^/\s]+/.test(values.url)) {
    throw new Error(`--url must be your server's public https address (got "${values.url}")`);
  }
  const config = loadConfig();
  const documents = await loadDocuments(config.seedsDir);
  const [exampleQuestion] = createExampleQuestions(documents.map((document) => document.title));
  process.stdout.write(
    createSlackManifest({
      mode: values['socket-mode'] ? 'socket' : 'http',
      publicUrl: values.url,
      exampleQuestion,
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `slack:manifest failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
