/**
 * The answering seam: given the passages retrieval found (already checked to
 * contain evidence), write a cited answer. The offline extractive answerer and
 * the optional LLM answerer both implement it.
 */
import type { ChatMessage, ChatResponse, ChatStreamEvent } from './chat-types.js';
import type { RetrievedPassage, SourceDocument } from '../ingest/document-types.js';

export interface AnswerInput {
  /** The user's question, resolved against the history when it was a follow-up. */
  question: string;
  /** The whole conversation, last message is the user's question as typed. */
  messages: ChatMessage[];
  /** Retrieved passages, best first. */
  passages: RetrievedPassage[];
}

/** The answer part of a stream: text deltas, then the full response. */
export type AnswerStreamEvent = Extract<ChatStreamEvent, { type: 'delta' | 'done' }>;

export interface Answerer {
  answer(input: AnswerInput): Promise<ChatResponse>;
  /** Optional: the answer as it is generated. `streamAnswerer()` falls back to `answer`. */
  stream?(input: AnswerInput): AsyncIterable<AnswerStreamEvent>;
}

/** Turns a follow-up ("how many did that kill?") into a standalone question. */
export interface QuestionRewriter {
  rewrite(options: { question: string; history: ChatMessage[] }): Promise<string>;
}

/** Finds a loaded document (for its file text, to cut verbatim quotes). */
export type DocumentLookup = (docId: string) => SourceDocument | undefined;
