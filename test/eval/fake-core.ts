// A tiny fake of the core (documents, retriever, assistant) for runner tests.
import type { Assistant, ChatResponse } from '../../src/answer/chat-types.js';
import type { Retriever, SourceDocument } from '../../src/ingest/document-types.js';

export const borderText = 'The two countries share a 909km-long border.';
export const ambushText = 'At least 14 personnel were killed in a bus ambush.';

function document(docId: string, fileText: string): SourceDocument {
  return {
    docId,
    title: docId,
    date: null,
    source: null,
    path: `${docId}.txt`,
    fileText,
    cleanText: fileText,
    paragraphs: [],
    metadata: [],
  };
}

export const documents = [document('doc-border', borderText), document('doc-ambush', ambushText)];

/** Cites a sentence of the document whose words the question mentions; refuses otherwise. */
export function answerFor(question: string): ChatResponse {
  const document = /border/i.test(question)
    ? documents[0]!
    : /ambush|attack/i.test(question)
      ? documents[1]!
      : undefined;
  if (document === undefined)
    return { answer: 'I cannot find that in the documents.', refused: true, citations: [] };
  const quote = document.fileText;
  return {
    answer: `${quote} [1]`,
    refused: false,
    citations: [
      {
        n: 1,
        docId: document.docId,
        title: document.title,
        date: null,
        source: null,
        chunkId: `${document.docId}#0`,
        quote,
        start: 0,
        end: quote.length,
        score: 1,
      },
    ],
  };
}

export function createFakeCore() {
  const calls: { ask: string[][]; retrieve: string[] } = { ask: [], retrieve: [] };
  const assistant: Assistant = {
    async ask({ messages }) {
      calls.ask.push(messages.map((message) => message.content));
      return answerFor(messages.map((message) => message.content).join(' '));
    },
  };
  const retriever: Retriever = {
    async retrieve({ query }) {
      calls.retrieve.push(query);
      const ranked = /border/i.test(query)
        ? ['doc-border', 'doc-ambush']
        : ['doc-ambush', 'doc-border'];
      return ranked.map((docId, index) => ({
        chunk: {
          kind: 'body' as const,
          docId,
          title: docId,
          date: null,
          source: null,
          chunkId: `${docId}#0`,
          text: '',
          start: 0,
          end: 0,
          sentences: [],
        },
        score: 1 - index / 10,
      }));
    },
  };
  return { assistant, retriever, documents, calls };
}
