/**
 * Adds the page number to citations of paged documents (PDFs): a decorator
 * over any `Assistant`, so the answer engine itself needs no change.
 */
import type { Assistant, ChatResponse, ChatStreamEvent } from './chat-types.js';
import type { DocumentLookup } from './answerer.js';

function pageAt(starts: number[] | undefined, offset: number): number | undefined {
  if (!starts || starts.length === 0) return undefined;
  let page = 1;
  starts.forEach((start, index) => {
    if (start <= offset) page = index + 1;
  });
  return page;
}

export function withCitationPages(assistant: Assistant, lookup: DocumentLookup): Assistant {
  const addPages = (response: ChatResponse): ChatResponse => ({
    ...response,
    citations: response.citations.map((citation) => {
      const page = pageAt(lookup(citation.docId)?.pageStarts, citation.start);
      return page === undefined ? citation : { ...citation, page };
    }),
  });
  const stream = assistant.stream?.bind(assistant);
  return {
    ask: async (options) => addPages(await assistant.ask(options)),
    ...(stream
      ? {
          async *stream(options): AsyncIterable<ChatStreamEvent> {
            for await (const event of stream(options))
              yield event.type === 'done'
                ? { ...event, response: addPages(event.response) }
                : event;
          },
        }
      : {}),
  };
}
