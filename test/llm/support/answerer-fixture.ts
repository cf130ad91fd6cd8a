/**
 * What the LLM answerer tests share: a fake chat server's lifecycle (msw,
 * unhandled requests fail the test), the prompts, and one question about the
 * news passages with its answerer input.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setupServer } from 'msw/node';
import { loadPrompts } from '../../../src/answer/load-prompts.js';
import { newsPassages } from './news-passages.js';

/** An msw server for the calling test file, listening for its duration. */
export function useFakeServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

export const prompts = await loadPrompts();
export const { passages, lookup } = newsPassages();
export const question = 'How many people did the Sindh floods kill?';
export const input = {
  question,
  messages: [{ role: 'user' as const, content: question }],
  passages,
};
