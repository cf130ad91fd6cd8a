/**
 * One indexing measurement in its own process: `node --import tsx
 * bench/index-worker.ts <corpusDir> <indexDir>`. Runs the real `buildIndex`
 * and times each stage from its progress events; peak RSS is this process's.
 */
import { loadPackagedWordVectors } from '../src/embed/word-vectors.js';
import { loadDocuments } from '../src/ingest/load-documents.js';
import { embedderSpecFor } from '../src/deps.js';
import { buildIndex, type BuildProgress } from '../src/store/build-index.js';
import { benchConfig, fileSizes } from './bench-workspace.js';
import { peakRssMiB, rssMiB, timed } from './measure.js';
import { emitResult } from './run-script.js';
import { indexPaths } from '../src/store/index-files.js';

const [corpusDir, indexDir] = process.argv.slice(2);
if (!corpusDir || !indexDir) throw new Error('usage: index-worker.ts <corpusDir> <indexDir>');
const config = benchConfig(corpusDir, indexDir);

const rssAtStart = rssMiB();
const vectors = await timed(loadPackagedWordVectors);
const rssWithVectors = rssMiB();
const ingest = await timed(() => loadDocuments(corpusDir));

// Stage boundaries from progress events: each stage ends when its last event arrives.
const ends = new Map<BuildProgress['stage'], number>();
const started = performance.now();
const manifest = await buildIndex({
  documents: ingest.result,
  indexDir,
  embedderSpec: embedderSpecFor(config),
  chunking: config.chunking,
  loadSourceVectors: async () => vectors.result,
  onProgress: ({ stage, done, total }) => {
    if (done === total) ends.set(stage, performance.now());
  },
});
const end = (stage: BuildProgress['stage']) => ends.get(stage) ?? Number.NaN;

emitResult({
  documents: manifest.documents,
  chunks: manifest.chunks,
  ms: {
    loadWordVectors: vectors.ms,
    ingest: ingest.ms,
    chunk: end('chunk') - started,
    lexiconAndFit: end('lexicon') - end('chunk'),
    embed: end('embed') - end('lexicon'),
    graph: end('graph') - end('embed'),
    write: end('write') - end('graph'),
    build: end('write') - started,
  },
  bytes: await fileSizes(indexPaths(indexDir).root),
  rssMiB: { atStart: rssAtStart, withWordVectors: rssWithVectors, peak: peakRssMiB() },
});
