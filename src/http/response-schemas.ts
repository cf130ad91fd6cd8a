/**
 * Response bodies of the HTTP API other than the chat answer (which lives in
 * `answer/chat-types.ts`), as zod schemas so the OpenAPI document and the
 * tests describe exactly what the routes send.
 */
import { z } from 'zod';
import { candidatePassageSchema } from '../answer/chat-types.js';

export const errorResponseSchema = z.object({
  error: z.object({
    /** Stable, machine-readable: `invalid_request`, `document_not_found`, ... */
    code: z.string(),
    message: z.string(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const documentSummarySchema = z.object({
  docId: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  /** How many indexed chunks the document was split into. */
  chunks: z.number().int().nonnegative(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export const documentListSchema = z.object({ documents: z.array(documentSummarySchema) });

const spanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const documentSchema = documentSummarySchema.extend({
  /** The whole source file; a citation's `start`/`end` index into it. */
  text: z.string(),
});
export type DocumentWithText = z.infer<typeof documentSchema>;

/** `GET /api/documents/:docId`: the document, and which parts of its file are the article. */
export const articleSchema = documentSchema.extend({
  /** The article's paragraphs as ingestion kept them, as offsets of `text`; the rest is title or furniture. */
  paragraphs: z.array(spanSchema),
  /** Date, publisher and byline lines, as offsets of `text` (quotable, like paragraphs). */
  metadata: z.array(spanSchema),
  /** How the document arrived: `text`, `markdown`, `html`, `pdf` or `docx` (live server only). */
  format: z.enum(['text', 'markdown', 'html', 'pdf', 'docx']).optional(),
  /** Link to the original file (live server only). */
  original: z.string().optional(),
  /** PDFs: where each page starts in `text`. */
  pageStarts: z.array(z.number().int().nonnegative()).optional(),
});
export type Article = z.infer<typeof articleSchema>;

export const healthSchema = z.object({
  status: z.literal('ok'),
  documents: z.number().int().nonnegative(),
  chunks: z.number().int().nonnegative(),
  embedder: z.string(),
});

/**
 * A passage of the SSE `citations` event: what retrieval found, before the
 * answer. `retrievalScore` is the fused ranking score (reciprocal rank fusion,
 * around 0.01–0.05), named apart from a citation's `score` (0–1, how well the
 * quoted sentence answers the question).
 */
export const streamPassageSchema = candidatePassageSchema
  .omit({ score: true })
  .extend({ retrievalScore: z.number() });
export type StreamPassage = z.infer<typeof streamPassageSchema>;
