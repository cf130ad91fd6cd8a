/**
 * OpenAI chat-completions shapes: reading a request into our conversation,
 * writing our cited answer as a completion, a chunk, or an error body.
 */
import { z } from 'zod';
import type { ChatMessage, ChatResponse, Citation } from '../answer/chat-types.js';
import { MAX_MESSAGES } from './conversation-limits.js';

const contentPartSchema = z.looseObject({ type: z.string(), text: z.string().optional() });

export const completionRequestSchema = z.looseObject({
  model: z.string().optional(),
  messages: z
    .array(
      z.looseObject({
        role: z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function']),
        content: z.union([z.string(), z.array(contentPartSchema), z.null()]).optional(),
      }),
    )
    .min(1, 'messages must contain at least one message')
    // System and tool messages are dropped, but still bounded.
    .max(2 * MAX_MESSAGES, `messages may hold at most ${2 * MAX_MESSAGES} entries`),
  stream: z.boolean().optional(),
});
export type CompletionRequest = z.infer<typeof completionRequestSchema>;

/**
 * The user and assistant turns as our conversation. Client system prompts are
 * dropped: the assistant answers from its own grounded prompt only.
 */
export function toChatMessages(messages: CompletionRequest['messages']): ChatMessage[] {
  return messages.flatMap(({ role, content }) => {
    if (role !== 'user' && role !== 'assistant') return [];
    const text =
      typeof content === 'string'
        ? content
        : (content ?? []).map((part) => part.text ?? '').join('\n');
    return [{ role, content: text }];
  });
}

/** The body OpenAI clients expect for a failed request. */
export function openAiError(
  message: string,
  {
    type = 'invalid_request_error',
    param = null as string | null,
    code = null as string | null,
  } = {},
) {
  return { error: { message, type, param, code } };
}

/** Our error codes in OpenAI's error shape, for the shared guards (body limit, JSON only). */
export const renderOpenAiError = (code: string, message: string) => openAiError(message, { code });

/** A "Sources" list for the end of the message text; empty when nothing is cited. */
export function formatSources(citations: Citation[]): string {
  if (citations.length === 0) return '';
  const lines = citations.map(({ n, title, source, date, quote }) => {
    const details = [source, date].filter((value) => value !== null).join(', ');
    return `[${n}] ${title}${details ? ` (${details})` : ''}: "${quote}"`;
  });
  return `\n\nSources:\n${lines.join('\n')}`;
}

export interface CompletionIdentity {
  id: string;
  created: number;
  model: string;
}

/** A non-streamed `chat.completion` with the extra `citations` field. */
export function toCompletion(response: ChatResponse, identity: CompletionIdentity) {
  return {
    ...identity,
    object: 'chat.completion' as const,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant' as const,
          content: response.answer + formatSources(response.citations),
          refusal: null,
        },
        logprobs: null,
        finish_reason: 'stop' as const,
      },
    ],
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    citations: response.citations,
  };
}

/** One `chat.completion.chunk`; `extra` carries `citations` on the last one. */
export function toChunk(
  identity: CompletionIdentity,
  delta: { role?: 'assistant'; content?: string },
  finishReason: 'stop' | null = null,
  extra: { citations?: Citation[] } = {},
) {
  return {
    ...identity,
    object: 'chat.completion.chunk' as const,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    ...extra,
  };
}
