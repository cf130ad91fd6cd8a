/**
 * Builds everything the doors need from the configuration: documents, the
 * (fresh) index, retriever, answerer, assistant. Called once by each entry
 * point; nothing here is a global.
 */
import type { Config } from './config/load-config.js';
import { createAssistant } from './answer/create-assistant.js';
import { createExtractiveAnswerer } from './answer/create-extractive-answerer.js';
import { createCorpusVocabulary } from './answer/corpus-vocabulary.js';
import { createEvidenceFinder, type EvidenceFinder } from './answer/evidence/find-evidence.js';
import {
  createQuestionAnalyzer,
  type QuestionAnalyzer,
} from './answer/analyze/analyze-question.js';
import type { Answerer } from './answer/answerer.js';
import { createDocumentCatalogue } from './answer/analyze/find-document-references.js';
import { createTextParser } from './answer/analyze/parse-text.js';
import type { Assistant } from './answer/chat-types.js';
import type { DocumentLookup } from './answer/answerer.js';
import type { EmbedderSpec } from './embed/embedder-spec.js';
import { selectEmbedderSpec } from './embed/select-embedder-spec.js';
import type { Retriever, SourceDocument } from './ingest/document-types.js';
import { loadDocuments } from './ingest/load-documents.js';
import { createLogger, type Logger } from './log/logger.js';
import { createRequestContext, type RequestContext } from './log/request-context.js';
import { createMetrics, type Metrics } from './metrics/create-metrics.js';
import { instrumentAssistant } from './metrics/instrument-assistant.js';
import { createHybridRetriever } from './retrieve/create-hybrid-retriever.js';
import { ensureIndex, type EnsureIndexOptions } from './store/ensure-index.js';
import type { OpenIndex } from './store/open-index.js';

export interface Deps {
  config: Config;
  logger: Logger;
  documents: SourceDocument[];
  lookup: DocumentLookup;
  index: OpenIndex;
  retriever: Retriever;
  evidence: EvidenceFinder;
  analyzer: QuestionAnalyzer;
  /** The offline answerer (also the LLM answerer's fallback). */
  extractive: Answerer;
  assistant: Assistant;
  metrics: Metrics;
  requestContext: RequestContext;
}

export interface CreateDepsOptions {
  /** A logger of your own; give it `requestContext.fields` as its context to get request ids. */
  logger?: Logger;
  metrics?: Metrics;
  requestContext?: RequestContext;
  onProgress?: EnsureIndexOptions['onProgress'];
  loadSourceVectors?: EnsureIndexOptions['loadSourceVectors'];
}

/** The embedder the configuration asks for (`EMBEDDER`); logs why when a logger is given. */
export function embedderSpecFor(config: Config, logger?: Logger): EmbedderSpec {
  return selectEmbedderSpec({ embedding: config.embedding, logger });
}

export async function createDeps(config: Config, options: CreateDepsOptions = {}): Promise<Deps> {
  const requestContext = options.requestContext ?? createRequestContext();
  const logger =
    options.logger ?? createLogger({ level: config.logLevel, context: requestContext.fields });
  const documents = await loadDocuments(config.seedsDir, {
    maxDocumentBytes: config.maxDocumentBytes,
    logger,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const byId = new Map(documents.map((document) => [document.docId, document]));
  const lookup: DocumentLookup = (docId) => byId.get(docId);
  const index = await ensureIndex({
    documents,
    indexDir: config.indexDir,
    embedderSpec: embedderSpecFor(config, logger),
    chunking: config.chunking,
    logger,
    onProgress: options.onProgress,
    loadSourceVectors: options.loadSourceVectors,
    efSearch: config.efSearch,
  });
  const retriever = createHybridRetriever(index);
  const parser = createTextParser();
  const vocabulary = createCorpusVocabulary(index.chunks, index.lexicon);
  const analyzer = createQuestionAnalyzer({
    parser,
    lexicon: index.lexicon,
    catalogue: createDocumentCatalogue(documents),
    specificity: (lemma) => vocabulary.specificity(lemma),
  });
  const minCoverage = 0.5;
  const evidence = createEvidenceFinder({
    parser,
    lexicon: index.lexicon,
    documents,
    chunks: index.chunks,
    minCoverage,
  });
  const extractive = createExtractiveAnswerer({ minCoverage });
  // Loaded only when configured: the OpenAI client adds ~70 MB to a server that does not use it.
  const { answerer, rewriter } = config.llm
    ? await (
        await import('./answer/llm/create-llm-components.js')
      ).createLlmComponents({
        llm: config.llm,
        fallbackAnswerer: extractive,
        fallbackRewriter: { rewrite: async ({ question }) => question },
        lookup,
        logger,
      })
    : { answerer: extractive, rewriter: undefined };
  const metrics = options.metrics ?? createMetrics();
  metrics.setIndexSize({
    documents: documents.length,
    chunks: index.chunks.length,
    bytes: index.bytes,
  });
  const plainAssistant = createAssistant({
    retriever,
    answerer,
    analyzer,
    evidence,
    rewriter,
    logger,
    topK: config.topK,
  });
  // Counted as they leave, on every door, without the answer engine knowing about metrics.
  const assistant = instrumentAssistant(plainAssistant, metrics);
  return {
    config,
    logger,
    documents,
    lookup,
    index,
    retriever,
    evidence,
    analyzer,
    extractive,
    assistant,
    metrics,
    requestContext,
  };
}
