/**
 * Our seam over a chat-completion model, so that nothing outside
 * `create-chat-model.ts` knows which library talks to the server.
 */

export interface ChatModelMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatModelCallOptions {
  /** Cancels the call (the model's own timeout applies as well). */
  signal?: AbortSignal;
}

export interface ChatModel {
  /** The whole reply text. Throws {@link ChatModelError}. */
  complete(messages: ChatModelMessage[], options?: ChatModelCallOptions): Promise<string>;
  /** The reply text in pieces as the server sends them. Throws {@link ChatModelError}. */
  stream(messages: ChatModelMessage[], options?: ChatModelCallOptions): AsyncIterable<string>;
}

/** Why a model call failed; stable values, shown to users as `llm-<reason>`. */
export type ChatModelFailure =
  | 'timeout'
  | 'rate-limited'
  | 'server-error'
  | 'client-error'
  | 'unreachable'
  | 'malformed-response'
  | 'aborted';

/** A model call that failed, classified so callers can degrade deliberately. */
export class ChatModelError extends Error {
  override readonly name = 'ChatModelError';
  constructor(
    readonly reason: ChatModelFailure,
    message: string,
    options: { cause?: unknown; status?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.status = options.status;
  }
  /** HTTP status of the server's reply, when there was one. */
  readonly status: number | undefined;
}
