// Builders for chat responses and citations used by the eval tests.
import type { ChatResponse, Citation } from '../../src/answer/chat-types.js';

export function makeCitation(overrides: Partial<Citation> = {}): Citation {
  return {
    n: 1,
    docId: 'doc-a',
    title: 'Title',
    date: null,
    source: null,
    chunkId: 'doc-a#0',
    quote: 'quote',
    start: 0,
    end: 5,
    score: 1,
    ...overrides,
  };
}

export function makeResponse(overrides: Partial<ChatResponse> = {}): ChatResponse {
  return { answer: '', refused: false, citations: [], ...overrides };
}
