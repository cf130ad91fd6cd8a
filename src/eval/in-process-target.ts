/**
 * Scores the assistant inside this process, and the retriever directly, so
 * retrieval can be measured apart from answering.
 */
import type { Assistant } from '../answer/chat-types.js';
import type { Retriever, SourceDocument } from '../ingest/document-types.js';
import type { EvalTarget } from './eval-target.js';

export interface InProcessTargetOptions {
  assistant: Assistant;
  retriever: Retriever;
  documents: readonly SourceDocument[];
}

/** An eval target over injected core dependencies. */
export function createInProcessTarget({
  assistant,
  retriever,
  documents,
}: InProcessTargetOptions): EvalTarget {
  const fileTexts = new Map(documents.map((document) => [document.docId, document.fileText]));
  return {
    description: 'in-process',
    async check() {},
    ask: (options) => assistant.ask(options),
    async loadDocumentText(docId) {
      return fileTexts.get(docId);
    },
    async retrieveDocIds({ query, k }) {
      const passages = await retriever.retrieve({ query, k });
      return passages.map((passage) => passage.chunk.docId);
    },
  };
}
