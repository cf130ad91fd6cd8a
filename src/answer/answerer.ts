/**
 * The answering seam: given the evidence for a question, write a cited
 * answer. The offline extractive answerer composes it from the evidence and
 * refuses when the evidence does not support the question; the optional LLM
 * answerer decides answerability itself (`decidesAnswerability`).
 */
import type { ChatMessage, ChatResponse, ChatStreamEvent } from './chat-types.js';
import type { RetrievedPassage, SourceDocument } from '../ingest/document-types.js';
import type { Evidence } from './evidence/evidence-types.js';

export interface AnswerInput {
  /** The user's question, resolved against the history when it was a follow-up. */
  question: string;
  /** The whole conversation, last message is the user's question as typed. */
  messages: ChatMessage[];
  /** Retrieved passages, best first. */
  passages: RetrievedPassage[];
  /** The question's analysis and evidence, computed once per question by the assistant. */
  evidence?: Evidence;
  /** The client's signal: aborted when it goes away. */
  signal?: AbortSignal;
}

/** The answer part of a stream: text deltas, then the full response. */
export type AnswerStreamEvent = Extract<ChatStreamEvent, { type: 'delta' | 'done' }>;

export interface Answerer {
  answer(input: AnswerInput): Promise<ChatResponse>;
  /** Optional: the answer as it is generated. `streamAnswerer()` falls back to `answer`. */
  stream?(input: AnswerInput): AsyncIterable<AnswerStreamEvent>;
  /** True when the answerer sees unsupported questions too and refuses by itself. */
  readonly decidesAnswerability?: boolean;
}

/** Turns a follow-up ("how many did that kill?") into a standalone question. */
export interface QuestionRewriter {
  rewrite(options: { question: string; history: ChatMessage[] }): Promise<string>;
}

/** Finds a loaded document (for its file text, to cut verbatim quotes). */
export type DocumentLookup = (docId: string) => SourceDocument | undefined;
