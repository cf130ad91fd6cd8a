import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { createChatModel } from '../../src/answer/llm/create-chat-model.js';
import { createLlmRewriter } from '../../src/answer/llm/create-llm-rewriter.js';
import { loadPrompts } from '../../src/answer/load-prompts.js';
import { recordingLogger, silentLogger } from './support/recording-logger.js';
import {
  completionsUrl,
  llmBaseUrl,
  replyWith,
  type CapturedRequest,
} from './support/fake-llm-server.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const prompts = await loadPrompts();
const model = createChatModel({ baseURL: llmBaseUrl, model: 'gpt-4o-mini', maxRetries: 0 });
const history = [
  { role: 'user' as const, content: 'What happened in the Sindh floods?' },
  { role: 'assistant' as const, content: 'Heavy floods in Sindh killed 12 people [1].' },
  { role: 'user' as const, content: 'How many were evacuated?' },
];

describe('LLM question rewriter', () => {
  it('leaves the first question alone without calling the model', async () => {
    const rewriter = createLlmRewriter({ model, prompts, logger: silentLogger });
    const question = 'What happened in the Sindh floods?';
    // No handler is registered: a request would fail the test (onUnhandledRequest: 'error').
    expect(
      await rewriter.rewrite({ question, history: [{ role: 'user', content: question }] }),
    ).toBe(question);
  });

  it('rewrites a follow-up into a standalone question using the conversation', async () => {
    const captured: CapturedRequest[] = [];
    server.use(replyWith('"How many people were evacuated during the Sindh floods?"', captured));
    const rewriter = createLlmRewriter({ model, prompts, logger: silentLogger });
    const rewritten = await rewriter.rewrite({ question: 'How many were evacuated?', history });
    expect(rewritten).toBe('How many people were evacuated during the Sindh floods?');
    const prompt = captured[0]?.messages[0]?.content ?? '';
    expect(prompt).toContain('User: What happened in the Sindh floods?');
    expect(prompt).toContain('Latest message: How many were evacuated?');
    expect(prompt.match(/How many were evacuated\?/g)).toHaveLength(1);
  });

  it('hands over to the fallback rewriter when the model fails', async () => {
    server.use(
      http.post(completionsUrl, () =>
        HttpResponse.json({ error: { message: 'down' } }, { status: 500 }),
      ),
    );
    const fallback = {
      rewrite: async ({ question }: { question: string }) => `${question} Sindh floods`,
    };
    const rewriter = createLlmRewriter({ model, prompts, fallback, logger: silentLogger });
    expect(await rewriter.rewrite({ question: 'How many were evacuated?', history })).toBe(
      'How many were evacuated? Sindh floods',
    );
  });

  it('keeps the question as typed when the model fails', async () => {
    server.use(
      http.post(completionsUrl, () =>
        HttpResponse.json({ error: { message: 'down' } }, { status: 503 }),
      ),
    );
    const { logger, lines } = recordingLogger();
    const rewriter = createLlmRewriter({ model, prompts, logger });
    expect(await rewriter.rewrite({ question: 'How many were evacuated?', history })).toBe(
      'How many were evacuated?',
    );
    expect(lines).toEqual([
      expect.stringMatching(/^warn +llm question rewrite skipped .*server-error/),
    ]);
  });

  // Without its own deadline the rewrite would wait out this Retry-After (the client's limit is
  // 60 s) before search could start; the test's timeout is far shorter.
  it(
    'keeps the question as typed once its deadline passes while the client waits to retry',
    { timeout: 10_000 },
    async () => {
      server.use(
        http.post(completionsUrl, () =>
          HttpResponse.json(
            { error: { message: 'slow down' } },
            { status: 429, headers: { 'retry-after': '30' } },
          ),
        ),
      );
      const { logger, lines } = recordingLogger();
      const patient = createChatModel({ baseURL: llmBaseUrl, model: 'gpt-4o-mini', maxRetries: 2 });
      const rewriter = createLlmRewriter({ model: patient, prompts, logger, totalTimeoutMs: 200 });
      expect(await rewriter.rewrite({ question: 'How many were evacuated?', history })).toBe(
        'How many were evacuated?',
      );
      expect(lines).toEqual([
        expect.stringMatching(/^warn +llm question rewrite skipped .*timeout/),
      ]);
    },
  );
});
