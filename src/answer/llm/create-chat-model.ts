/**
 * The only module that imports `@langchain/openai`: a {@link ChatModel} for any
 * OpenAI-compatible server (OpenAI, Ollama `/v1`, vLLM, llama.cpp, LM Studio).
 * The client's own retries are off; we retry 429s ourselves, honouring
 * `Retry-After`, a bounded number of times, so the behaviour is ours to test.
 */
import { ChatOpenAI } from '@langchain/openai';
import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import type { ChatModel, ChatModelMessage } from './chat-model.js';
import { ChatModelError } from './chat-model.js';
import { classifyChatModelError } from './classify-chat-model-error.js';
import { abortableSleep, raceTimer, startTimer, type Timer } from './abortable-timer.js';

export interface CreateChatModelOptions {
  /** Base URL of the OpenAI-compatible API, e.g. `http://localhost:11434/v1`. */
  baseURL: string;
  model: string;
  /** Optional: local servers accept any key, so a placeholder is sent when unset. */
  apiKey?: string;
  /** Per attempt; for streams, the longest silence between two pieces. */
  timeoutMs?: number;
  /** Retries after a 429 (so at most `maxRetries + 1` requests per call). */
  maxRetries?: number;
  /** A 429 asking us to wait longer than this is not retried. */
  maxRetryDelayMs?: number;
  temperature?: number;
  /** Injected so tests can observe the waits without waiting. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Builds the chat model; makes no request until called. */
export function createChatModel({
  baseURL,
  model,
  apiKey,
  timeoutMs = 20_000,
  maxRetries = 2,
  maxRetryDelayMs = 10_000,
  temperature = 0,
  sleep = abortableSleep,
}: CreateChatModelOptions): ChatModel {
  const client = new ChatOpenAI({
    model,
    apiKey: apiKey ?? 'not-needed',
    configuration: { baseURL },
    maxRetries: 0,
    temperature,
    streamUsage: false,
  });

  /**
   * Runs `call` with a fresh timer per attempt, retrying rate-limited attempts.
   * On success the timer is still running; the caller stops it.
   */
  async function withRetries<T>(
    call: (timer: Timer) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<{ value: T; timer: Timer }> {
    for (let retry = 0; ; retry += 1) {
      const timer = startTimer(timeoutMs, signal);
      try {
        return { value: await call(timer), timer };
      } catch (error) {
        timer.stop();
        const failure = classifyChatModelError(error, {
          timedOut: timer.timedOut(),
          aborted: signal?.aborted,
        });
        const wait = failure.retryAfterMs ?? 500 * 2 ** retry;
        if (failure.reason !== 'rate-limited' || retry >= maxRetries || wait > maxRetryDelayMs)
          throw failure;
        await sleep(wait, signal);
      }
    }
  }

  return {
    async complete(messages, { signal } = {}) {
      const { value, timer } = await withRetries(async (attempt) => {
        const reply = await client.invoke(toLangChain(messages), { signal: attempt.signal });
        const text = textOf(reply.content);
        if (text.trim() === '')
          throw new ChatModelError('malformed-response', 'The language model sent an empty reply');
        return text;
      }, signal);
      timer.stop();
      return value;
    },

    async *stream(messages, { signal } = {}) {
      // Retries apply until the first piece arrives; after that a failure ends the stream.
      const { value, timer } = await withRetries(async (attempt) => {
        const stream = await client.stream(toLangChain(messages), { signal: attempt.signal });
        const iterator = stream[Symbol.asyncIterator]();
        return { iterator, first: await iterator.next() };
      }, signal);
      const { iterator } = value;
      try {
        let next = value.first;
        while (!next.done) {
          const text = textOf(next.value.content);
          if (text !== '') yield text;
          timer.restart();
          next = await raceTimer(iterator.next(), timer);
        }
      } catch (error) {
        throw classifyChatModelError(error, {
          timedOut: timer.timedOut(),
          aborted: signal?.aborted,
        });
      } finally {
        timer.stop();
        await iterator.return?.().catch(() => undefined);
      }
    },
  };
}

function toLangChain(messages: ChatModelMessage[]): BaseMessage[] {
  return messages.map(({ role, content }) =>
    role === 'system'
      ? new SystemMessage(content)
      : role === 'user'
        ? new HumanMessage(content)
        : new AIMessage(content),
  );
}

/** Message content is a string or a list of parts; we only want the text. */
function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content))
    throw new ChatModelError('malformed-response', 'The language model sent no text');
  return content
    .map((part: unknown) =>
      typeof part === 'object' && part !== null && 'text' in part ? String(part.text) : '',
    )
    .join('');
}
