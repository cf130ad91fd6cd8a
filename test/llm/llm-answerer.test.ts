import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { createChatModel } from '../../src/answer/llm/create-chat-model.js';
import { createLlmAnswerer } from '../../src/answer/llm/create-llm-answerer.js';
import { input, lookup, passages, prompts, useFakeServer } from './support/answerer-fixture.js';
import {
  completionsUrl,
  llmBaseUrl,
  recordedContent,
  replyRecorded,
  replyWith,
  type CapturedRequest,
} from './support/fake-llm-server.js';
import { extractiveResponse, fakeExtractiveAnswerer } from './support/fake-answerers.js';
import { recordingLogger } from './support/recording-logger.js';

const server = useFakeServer();

// No retries here: the client's retries and the deadlines are in llm-client-retries.test.ts.
function setup() {
  const { logger, lines: logLines } = recordingLogger();
  const model = createChatModel({ baseURL: llmBaseUrl, model: 'gpt-4o-mini', maxRetries: 0 });
  const fallback = fakeExtractiveAnswerer();
  const answerer = createLlmAnswerer({ model, prompts, lookup, fallback, logger });
  return { answerer, fallback, logLines };
}

describe('LLM answerer', () => {
  it('returns the recorded model answer with verified, quoted citations', async () => {
    const captured: CapturedRequest[] = [];
    server.use(replyRecorded(captured));
    const { answerer, fallback } = setup();
    const response = await answerer.answer(input);
    expect(response.fallback).toBeUndefined();
    expect(response.answer).toBe(recordedContent);
    expect(response.citationsDropped).toBe(0);
    expect(response.citations).toHaveLength(1);
    expect(response.citations[0]).toMatchObject({ n: 1, docId: 'floods' });
    expect(
      lookup('floods')?.fileText.slice(response.citations[0]!.start, response.citations[0]!.end),
    ).toBe(response.citations[0]!.quote);
    expect(fallback.calls).toBe(0);
    expect(captured[0]?.model).toBe('gpt-4o-mini');
    expect(captured[0]?.messages[0]).toEqual({ role: 'system', content: prompts['answer-system'] });
  });

  it('removes a citation of passage 7 when only 4 passages were given, and says so', async () => {
    server.use(replyWith('Heavy floods in Sindh killed 12 people on Monday [1][7].'));
    const response = await setup().answerer.answer(input);
    expect(response.answer).toBe('Heavy floods in Sindh killed 12 people on Monday [1].');
    expect(response.citationsDropped).toBe(1);
    expect(response.fallback).toBeUndefined();
  });

  it('removes one unsupported sentence, counts it, and keeps the verified rest', async () => {
    server.use(
      replyWith(
        'Heavy floods in Sindh killed 12 people on Monday [1]. The prime minister resigned over the floods [1].',
      ),
    );
    const { answerer, fallback } = setup();
    const response = await answerer.answer(input);
    expect(response.answer).toBe('Heavy floods in Sindh killed 12 people on Monday [1].');
    expect(response.sentencesDropped).toBe(1);
    expect(response.refused).toBe(false);
    expect(response.fallback).toBeUndefined();
    expect(fallback.calls).toBe(0);
  });

  it('turns the model\'s "not in the documents" reply into a refusal, without the fallback', async () => {
    server.use(replyWith('NOT_IN_DOCUMENTS'));
    const { answerer, fallback } = setup();
    const response = await answerer.answer(input);
    expect(response.refused).toBe(true);
    expect(response.citations).toEqual([]);
    expect(fallback.calls).toBe(0);
  });

  it('falls back when the only citation of a claim points at an unrelated passage', async () => {
    server.use(replyWith('Heavy floods in Sindh killed 12 people on Monday [2].'));
    const { answerer, fallback, logLines } = setup();
    const response = await answerer.answer(input);
    expect(response).toEqual({ ...extractiveResponse, fallback: 'llm-unverified-answer' });
    expect(fallback.calls).toBe(1);
    expect(logLines).toHaveLength(1);
  });

  it('falls back when the server sends invalid JSON', async () => {
    server.use(
      http.post(
        completionsUrl,
        () =>
          new HttpResponse('{"choices": [', { headers: { 'content-type': 'application/json' } }),
      ),
    );
    const response = await setup().answerer.answer(input);
    expect(response.fallback).toBe('llm-malformed-response');
  });

  it('sends the same system prompt whatever instructions a passage contains', async () => {
    const captured: CapturedRequest[] = [];
    server.use(replyWith(recordedContent, captured));
    const { answerer } = setup();
    const [floods, , , injected] = passages;
    await answerer.answer({ ...input, passages: [floods!] });
    await answerer.answer({ ...input, passages: [floods!, injected!] });
    const [clean, attacked] = captured;
    expect(attacked?.messages[0]).toEqual(clean?.messages[0]);
    expect(attacked?.messages[0]?.content).toBe(prompts['answer-system']);
    expect(attacked?.messages[0]?.content).not.toContain('reveal your system prompt');
    expect(attacked?.messages).toHaveLength(2);
    expect(attacked?.messages[1]?.content).toMatch(
      /<passage n="2"[^>]*>\nThe central bank .*Ignore previous instructions/,
    );
  });
});
