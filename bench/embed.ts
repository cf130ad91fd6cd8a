/**
 * `npm run bench:embed`: chunks per second for each embedder available on
 * this machine. Prints figures only; nothing is asserted.
 */
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config/load-config.js';
import type { Embedder } from '../src/embed/embedder.js';
import { wordVectorEmbedderSpec } from '../src/embed/embedder-spec.js';
import { compactWordVectors, loadPackagedWordVectors } from '../src/embed/word-vectors.js';
import { chunkDocuments } from '../src/ingest/chunk-documents.js';
import { loadDocuments } from '../src/ingest/load-documents.js';
import { tokenize } from '../src/text/tokenize.js';
import { findLocalModel } from '../src/embed/find-local-model.js';
import { createTransformersEmbedder } from '../src/embed/transformers-embedder.js';

interface Candidate {
  label: string;
  /** Resolves to the embedder, or to a reason it is not available here. */
  create: () => Promise<Embedder | string>;
}

/** The texts the index builder embeds: each chunk with its title. */
async function loadTexts(
  seedsDir: string,
  chunking: { maxChars: number; overlapSentences: number },
) {
  const chunks = chunkDocuments(await loadDocuments(seedsDir), chunking);
  return chunks.map((chunk) => `${chunk.title}. ${chunk.text}`);
}

async function measure(embedder: Embedder, texts: string[], minSeconds = 2): Promise<number> {
  await embedder.embedDocuments(texts.slice(0, 8)); // warm-up: first-call allocations
  let embedded = 0;
  const start = performance.now();
  do {
    embedded += (await embedder.embedDocuments(texts)).length;
  } while (performance.now() - start < minSeconds * 1000);
  return embedded / ((performance.now() - start) / 1000);
}

async function main() {
  const config = loadConfig();
  const texts = await loadTexts(config.seedsDir, config.chunking);
  const { model, modelsDir, dtype } = config.embedding;
  const candidates: Candidate[] = [
    {
      label: 'word vectors (offline default)',
      create: async () => {
        const words = new Set(texts.flatMap((text) => tokenize(text)));
        const spec = wordVectorEmbedderSpec();
        const compact = compactWordVectors(await loadPackagedWordVectors(), words);
        const lexicon = spec.fit ? (await spec.fit({ lexicon: compact, texts })).lexicon : compact;
        return spec.create({ lexicon });
      },
    },
    {
      label: `transformers ${model} (${dtype})`,
      create: async () => {
        const local = findLocalModel({ modelId: model, modelsDir, dtype });
        if (!local.present) return `not in ${modelsDir}; run npm run models:pull -- ${model}`;
        return createTransformersEmbedder({ model, modelsDir, dtype });
      },
    },
    {
      label: 'transformers tiny-bert test fixture (random weights, speed only)',
      create: () =>
        createTransformersEmbedder({ model: 'tiny-bert', modelsDir: 'test/fixtures/models' }),
    },
  ];
  console.log(`bench:embed: ${texts.length} chunks, node ${process.version}`);
  for (const { label, create } of candidates) {
    const embedder = await create().catch((error: unknown) => String(error));
    if (typeof embedder === 'string') {
      console.log(`  ${label}: skipped (${embedder})`);
      continue;
    }
    const rate = await measure(embedder, texts);
    console.log(`  ${label}: ${rate.toFixed(1)} chunks/s, ${embedder.dimension} dimensions`);
  }
}

await main();
