// Stand-ins for the offline extractive answerer, recording whether they were asked.
import type { Answerer } from '../../../src/answer/answerer.js';
import type { ChatResponse } from '../../../src/answer/chat-types.js';

export const extractiveResponse: ChatResponse = {
  answer: 'Heavy floods in Sindh province killed 12 people on Monday, officials said. [1]',
  refused: false,
  citations: [
    {
      n: 1,
      docId: 'floods',
      title: 'Floods hit Sindh',
      date: '2024-05-06',
      source: 'Example Times',
      chunkId: 'floods#0',
      quote: 'Heavy floods in Sindh province killed 12 people on Monday, officials said.',
      start: 17,
      end: 91,
      score: 1,
    },
  ],
};

/** An answerer that always gives {@link extractiveResponse} and counts its calls. */
export function fakeExtractiveAnswerer(): Answerer & { calls: number } {
  const answerer = {
    calls: 0,
    async answer() {
      answerer.calls += 1;
      return extractiveResponse;
    },
  };
  return answerer;
}
