// @ts-check
/**
 * Talks to `POST /api/chat`. Asks for a stream; reads Server-Sent Events
 * (`citations`, `delta`…, `done`) when the server streams, and a plain JSON
 * answer when it does not. Every failure becomes a ChatError with a message
 * fit to show the reader.
 */
import { askForApiKey, authorizationHeader, savedApiKey } from './api-key.js';
import { readEvents } from './read-events.js';

/**
 * @typedef {{ n: number, docId: string, title: string, date: string | null, source: string | null,
 *   chunkId: string, quote: string, start: number, end: number, score: number }} Citation
 * @typedef {{ answer: string, refused: boolean, citations: Citation[], fallback?: string,
 *   citationsDropped?: number }} ChatResponse
 */

export class ChatError extends Error {
  /** @param {string} message @param {string} code */
  constructor(message, code) {
    super(message);
    this.name = 'ChatError';
    this.code = code;
  }
}

/** @param {unknown} value @returns {ChatResponse} */
function parseChatResponse(value) {
  const body = /** @type {Partial<ChatResponse> | null} */ (value);
  if (
    !body ||
    typeof body.answer !== 'string' ||
    typeof body.refused !== 'boolean' ||
    !Array.isArray(body.citations)
  ) {
    throw new ChatError('The server sent an answer this page cannot read.', 'bad_response');
  }
  return /** @type {ChatResponse} */ (body);
}

/** @param {Response} response @returns {Promise<ChatError>} */
async function errorFrom(response) {
  const body = await response.json().catch(() => undefined);
  const message = body?.error?.message;
  return typeof message === 'string'
    ? new ChatError(message, String(body.error.code ?? 'http_error'))
    : new ChatError(
        `The server answered ${response.status} ${response.statusText}.`.trim(),
        'http_error',
      );
}

/**
 * @param {ReadableStream<Uint8Array>} body
 * @param {(text: string) => void} onDelta
 * @returns {Promise<ChatResponse>}
 */
async function readAnswerStream(body, onDelta) {
  for await (const { event, data } of readEvents(body)) {
    const payload = JSON.parse(data);
    if (event === 'delta' && typeof payload.text === 'string') onDelta(payload.text);
    else if (event === 'done') return parseChatResponse(payload);
    else if (event === 'error') {
      throw new ChatError(
        payload?.error?.message ?? 'The answer could not be completed.',
        payload?.error?.code ?? 'error',
      );
    }
  }
  throw new ChatError('The answer stopped before it was complete. Try again.', 'incomplete');
}

/**
 * @param {{ messages: { role: 'user' | 'assistant', content: string }[], signal?: AbortSignal,
 *   key: string | null }} options
 * @returns {Promise<Response>}
 */
async function post({ messages, signal, key }) {
  try {
    return await fetch('/api/chat', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream, application/json',
        ...authorizationHeader(key),
      },
      body: JSON.stringify({ messages, stream: true }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ChatError(
      'Could not reach the server. Check that it is running, then try again.',
      'network',
    );
  }
}

/**
 * @param {{ messages: { role: 'user' | 'assistant', content: string }[], signal?: AbortSignal,
 *   onDelta?: (text: string) => void }} options
 * @returns {Promise<ChatResponse>}
 */
export async function askServer({ messages, signal, onDelta = () => {} }) {
  let key = savedApiKey();
  let response = await post({ messages, signal, key });
  // A server with API keys: ask for the key once, then keep it.
  if (response.status === 401) {
    const error = await errorFrom(response);
    key = askForApiKey(error.message);
    if (!key) throw error;
    response = await post({ messages, signal, key });
  }
  if (!response.ok) throw await errorFrom(response);
  const type = response.headers.get('content-type') ?? '';
  if (type.startsWith('text/event-stream') && response.body) {
    try {
      return await readAnswerStream(response.body, onDelta);
    } catch (error) {
      if (error instanceof ChatError || signal?.aborted) throw error;
      throw new ChatError(
        'The connection broke while the answer was arriving. Try again.',
        'network',
      );
    }
  }
  return parseChatResponse(await response.json().catch(() => undefined));
}
