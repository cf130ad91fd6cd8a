/**
 * The chat contract every door (HTTP, Slack, eval, OpenAI-compatible) speaks:
 * a conversation goes in, a cited answer comes out.
 */
import { z } from 'zod';
import type { CorpusFilters } from '../ingest/document-types.js';

export const chatMessageSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

export const citationSchema = z.object({
  /** The number used by the `[n]` marker in the answer. */
  n: z.number().int().positive(),
  docId: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  chunkId: z.string(),
  /** Exactly `fileText.slice(start, end)` of the document's source file. */
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  score: z.number(),
  /** PDFs: the page the quote starts on (1-based). */
  page: z.number().int().positive().optional(),
});
export type Citation = z.infer<typeof citationSchema>;

export const chatResponseSchema = z.object({
  answer: z.string(),
  refused: z.boolean(),
  citations: z.array(citationSchema),
  /** Set when an optional dependency failed and a simpler path answered instead. */
  fallback: z.string().optional(),
  /** How many `[n]` markers were removed because the passage did not support the sentence. */
  citationsDropped: z.number().int().nonnegative().optional(),
  /** How many sentences of a generated answer were removed because no cited passage supported them. */
  sentencesDropped: z.number().int().nonnegative().optional(),
});
export type ChatResponse = z.infer<typeof chatResponseSchema>;

export interface AskOptions {
  /** The conversation so far; the last message is the user's question. */
  messages: ChatMessage[];
  /** How many passages to retrieve. */
  topK?: number;
  /** Retrieve only from part of the corpus. */
  filters?: CorpusFilters;
  /** Aborted when the client goes away: an LLM call in flight is cancelled with it. */
  signal?: AbortSignal;
}

/** A passage retrieval found, announced before the answer so a client can show sources early. */
export const candidatePassageSchema = citationSchema.pick({
  docId: true,
  title: true,
  date: true,
  source: true,
  chunkId: true,
  score: true,
});
export type CandidatePassage = z.infer<typeof candidatePassageSchema>;

/**
 * What a streamed answer is made of, in this order: one `citations` event (the
 * candidate passages), zero or more `delta` events (answer text, already
 * verified), one `done` event whose response is authoritative: when it differs
 * from the concatenated deltas (a fallback after part of an answer was sent),
 * clients show `done.response.answer`.
 */
export const chatStreamEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('citations'), passages: z.array(candidatePassageSchema) }),
  z.object({ type: z.literal('delta'), text: z.string() }),
  z.object({ type: z.literal('done'), response: chatResponseSchema }),
]);
export type ChatStreamEvent = z.infer<typeof chatStreamEventSchema>;

/** What every door calls: turns a conversation into a cited answer. */
export interface Assistant {
  ask(options: AskOptions): Promise<ChatResponse>;
  /** Optional: the same answer as events. Doors use `streamAssistant()`, which falls back to `ask`. */
  stream?(options: AskOptions): AsyncIterable<ChatStreamEvent>;
}
