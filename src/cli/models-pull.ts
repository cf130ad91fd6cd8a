/**
 * `npm run models:pull [-- MODEL_ID] [--dtype q8]`: downloads a sentence
 * embedding model into MODELS_DIR so `EMBEDDER=auto|transformers` can use it
 * offline. Progress goes to stderr; failures print one line and exit 1.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config.js';
import { transformersDtypeSchema } from '../embed/model-files.js';
import { pullModel, type PullProgress } from '../embed/pull-model.js';

export interface ModelsPullOptions {
  argv: string[];
  env?: Record<string, string | undefined>;
  stderr?: NodeJS.WritableStream;
  fetch?: typeof globalThis.fetch;
}

/** Runs the command; resolves to the process exit code. */
export async function runModelsPull({
  argv,
  env = process.env,
  stderr = process.stderr,
  fetch = globalThis.fetch,
}: ModelsPullOptions): Promise<number> {
  try {
    const { embedding } = loadConfig(env);
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { dtype: { type: 'string' } },
    });
    const modelId = positionals[0] ?? embedding.model;
    const dtype = transformersDtypeSchema.parse(values.dtype ?? embedding.dtype);
    stderr.write(
      `models:pull ${modelId} (${dtype}) from ${embedding.hubUrl} into ${embedding.modelsDir}\n`,
    );
    const directory = await pullModel({
      modelId,
      modelsDir: embedding.modelsDir,
      dtype,
      hubUrl: embedding.hubUrl,
      fetch,
      onProgress: createProgressPrinter(stderr),
    });
    stderr.write(`models:pull done: ${directory}\n`);
    if (modelId !== embedding.model) stderr.write(`use it with EMBEDDING_MODEL=${modelId}\n`);
    return 0;
  } catch (error) {
    stderr.write(`models:pull failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** One line per file, plus a line at each further 25% of a large file. */
function createProgressPrinter(stderr: NodeJS.WritableStream) {
  let lastQuarter = -1;
  return ({ file, received, total, status }: PullProgress) => {
    if (status === 'skipped') {
      stderr.write(`  ${file}: already present\n`);
    } else if (status === 'done') {
      stderr.write(`  ${file}: ${formatBytes(received)}\n`);
      lastQuarter = -1;
    } else if (total && total > 4_000_000) {
      const quarter = Math.floor((received / total) * 4);
      if (quarter > lastQuarter && quarter < 4) {
        stderr.write(`  ${file}: ${quarter * 25}% of ${formatBytes(total)}\n`);
        lastQuarter = quarter;
      }
    }
  };
}

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000
    ? `${(bytes / 1_000_000).toFixed(1)} MB`
    : `${(bytes / 1000).toFixed(1)} kB`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runModelsPull({ argv: process.argv.slice(2) });
}
