/**
 * The only module that imports `@langchain/openai`: a {@link ChatModel} for any
 * OpenAI-compatible server (OpenAI, Ollama `/v1`, vLLM, llama.cpp, LM Studio).
 * Retries and per-request timeouts are the client's own (LangChain's
 * AsyncCaller and the OpenAI SDK); we add only what it lacks: a limit on the
 * silence between stream pieces, and a signal that ends the call at once.
 */
import { ChatOpenAI } from '@langchain/openai';
import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import type { ChatModel, ChatModelMessage } from './chat-model.js';
import { ChatModelError } from './chat-model.js';
import { classifyChatModelError } from './classify-chat-model-error.js';
import { raceSignal } from './race-signal.js';
import { createStreamGapTimer } from './stream-gap-timer.js';

export interface CreateChatModelOptions {
  /** Base URL of the OpenAI-compatible API, e.g. `http://localhost:11434/v1`. */
  baseURL: string;
  model: string;
  /** Optional: local servers accept any key, so a placeholder is sent when unset. */
  apiKey?: string;
  /**
   * Per request, how long the client waits for the server to start replying
   * (then that attempt fails and may be retried); in a stream, the longest
   * silence between two pieces.
   */
  timeoutMs?: number;
  /**
   * Retries the client makes (so at most `maxRetries + 1` requests per call):
   * after 5xx, timeouts, lost connections, and 429s whose `Retry-After` asks
   * for at most 60 s; not after 400–407, 409, 413 or any other 429.
   */
  maxRetries?: number;
  temperature?: number;
}

/** Builds the chat model; makes no request until called. */
export function createChatModel({
  baseURL,
  model,
  apiKey,
  timeoutMs = 20_000,
  maxRetries = 2,
  temperature = 0,
}: CreateChatModelOptions): ChatModel {
  const client = new ChatOpenAI({
    model,
    apiKey: apiKey ?? 'not-needed',
    configuration: { baseURL },
    timeout: timeoutMs,
    maxRetries,
    temperature,
    streamUsage: false,
  });

  return {
    async complete(messages, { signal } = {}) {
      let content: unknown;
      try {
        // Raced because `invoke` would wait out a pending Retry-After before seeing the abort.
        content = (await raceSignal(client.invoke(toLangChain(messages), { signal }), signal))
          .content;
      } catch (error) {
        throw classifyChatModelError(error, { aborted: signal?.aborted });
      }
      const text = textOf(content);
      if (text.trim() === '')
        throw new ChatModelError('malformed-response', 'The language model sent an empty reply');
      return text;
    },

    async *stream(messages, { signal } = {}) {
      const gap = createStreamGapTimer(timeoutMs);
      const callSignal = signal ? AbortSignal.any([signal, gap.signal]) : gap.signal;
      let iterator: AsyncIterator<{ content: unknown }> | undefined;
      try {
        // The client retries until the first piece has arrived; the gap timer starts after it,
        // so it never cuts a retry's wait short.
        const stream = await client.stream(toLangChain(messages), { signal: callSignal });
        iterator = stream[Symbol.asyncIterator]();
        for (;;) {
          gap.arm();
          const next = await raceSignal(iterator.next(), callSignal);
          gap.disarm();
          if (next.done) break;
          const text = textOf(next.value.content);
          if (text !== '') yield text;
        }
      } catch (error) {
        throw classifyChatModelError(error, {
          timedOut: gap.timedOut(),
          aborted: signal?.aborted,
        });
      } finally {
        gap.disarm();
        // Not awaited: after an abort the client's generator may still sit in a read that no
        // longer matters, and its `return()` would queue behind that read.
        void iterator?.return?.().catch(() => undefined);
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
