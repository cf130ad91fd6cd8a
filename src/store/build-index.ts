/**
 * Builds the whole index from documents: chunks, lexicon, embeddings, HNSW
 * graph, lexical index, manifest. Written into a temporary folder and
 * renamed into place, so readers never see a half-built index.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { chunkDocuments, searchTextOf, type ChunkingOptions } from '../ingest/chunk-documents.js';
import type { SourceDocument } from '../ingest/document-types.js';
import type { EmbedderSpec } from '../embed/embedder-spec.js';
import {
  compactWordVectors,
  loadPackagedWordVectors,
  saveWordVectors,
  type WordVectors,
} from '../embed/word-vectors.js';
import { createLexicalRanker } from '../retrieve/lexical-ranker.js';
import { tokenize } from '../text/tokenize.js';
import { createHnswVectorStore } from './hnsw-vector-store.js';
import {
  hashText,
  INDEX_FILE_NAMES,
  MANIFEST_VERSION,
  type IndexManifest,
} from './index-manifest.js';
import { describeFile } from './file-integrity.js';
import { indexPaths, integrityPaths, PREVIOUS_INFIX, TEMPORARY_PREFIX } from './index-files.js';
import { DEFAULT_HNSW, type HnswParameters } from './vector-store.js';

export interface BuildProgress {
  /** `read`: article files read and cleaned (reported by `loadDocuments`). */
  stage: 'read' | 'chunk' | 'lexicon' | 'embed' | 'graph' | 'write';
  done: number;
  total: number;
}

export interface BuildIndexOptions {
  documents: SourceDocument[];
  indexDir: string;
  embedderSpec: EmbedderSpec;
  chunking: Required<ChunkingOptions>;
  hnsw?: HnswParameters;
  /** Full word vectors to cut the lexicon from (injected by tests). */
  loadSourceVectors?: () => Promise<WordVectors>;
  onProgress?: (progress: BuildProgress) => void;
  batchSize?: number;
}

/** The manifest's record of the seed files. */
export function describeFiles(documents: SourceDocument[]): IndexManifest['files'] {
  return documents.map((document) => ({
    docId: document.docId,
    name: basename(document.path),
    sha256: hashText(document.fileText),
  }));
}

/** SHA-256 and size of each written index file, for the manifest. */
async function describeIndexFiles(
  indexDir: string,
  folder: string,
): Promise<IndexManifest['integrity']> {
  const paths = integrityPaths(indexDir, folder);
  const entries = await Promise.all(
    INDEX_FILE_NAMES.map(async (name) => [name, await describeFile(paths[name])] as const),
  );
  return Object.fromEntries(entries) as IndexManifest['integrity'];
}

/** Builds and atomically installs the index; returns its manifest. */
export async function buildIndex({
  documents,
  indexDir,
  embedderSpec,
  chunking,
  hnsw = DEFAULT_HNSW,
  loadSourceVectors = loadPackagedWordVectors,
  onProgress = () => {},
  batchSize = 64,
}: BuildIndexOptions): Promise<IndexManifest> {
  const chunks = chunkDocuments(documents, chunking);
  onProgress({ stage: 'chunk', done: chunks.length, total: chunks.length });

  onProgress({ stage: 'lexicon', done: 0, total: 1 });
  const corpusWords = new Set(chunks.flatMap((chunk) => tokenize(searchTextOf(chunk))));
  const texts = chunks.map(searchTextOf);
  const compact = compactWordVectors(await loadSourceVectors(), corpusWords);
  const lexicon = embedderSpec.fit ? await embedderSpec.fit({ lexicon: compact, texts }) : compact;
  onProgress({ stage: 'lexicon', done: 1, total: 1 });

  const embedder = await embedderSpec.create({ lexicon });
  const vectors: number[][] = [];
  for (let start = 0; start < chunks.length; start += batchSize) {
    const batch = texts.slice(start, start + batchSize);
    vectors.push(...(await embedder.embedDocuments(batch)));
    onProgress({ stage: 'embed', done: vectors.length, total: chunks.length });
  }
  const store = createHnswVectorStore({ vectors, dimension: embedder.dimension, parameters: hnsw });
  onProgress({ stage: 'graph', done: chunks.length, total: chunks.length });

  const manifestWithoutIntegrity = {
    version: MANIFEST_VERSION as typeof MANIFEST_VERSION,
    builtAt: new Date().toISOString(),
    embedder: { id: embedder.id, dimension: embedder.dimension, settings: embedderSpec.settings },
    chunking,
    hnsw,
    files: describeFiles(documents),
    documents: documents.length,
    chunks: chunks.length,
  };
  let manifest: IndexManifest | undefined;

  const folder = `${TEMPORARY_PREFIX}${process.pid}-${Date.now()}`;
  const temporary = indexPaths(indexDir, folder);
  const final = indexPaths(indexDir);
  await mkdir(temporary.root, { recursive: true });
  try {
    await writeFile(temporary.chunks, JSON.stringify(chunks));
    await saveWordVectors(lexicon, temporary.lexicon);
    await store.save(temporary.vectors);
    await writeFile(temporary.lexical, JSON.stringify(createLexicalRanker(chunks)));
    manifest = {
      ...manifestWithoutIntegrity,
      integrity: await describeIndexFiles(indexDir, folder),
    };
    await writeFile(temporary.manifest, JSON.stringify(manifest, null, 2));
    const previous = `${final.root}${PREVIOUS_INFIX}${process.pid}`;
    await rename(final.root, previous).catch(() => {});
    await rename(temporary.root, final.root);
    await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await rm(temporary.root, { recursive: true, force: true });
    throw error;
  }
  onProgress({ stage: 'write', done: 1, total: 1 });
  return manifest!;
}
