/**
 * Input and output schemas of the MCP tools, built from the schemas the HTTP
 * API validates with, so a tool accepts what `/api/chat` accepts and returns
 * what it returns. The SDK turns them into the JSON Schemas clients see.
 */
import { z } from 'zod';
import { chatResponseSchema, citationSchema } from '../answer/chat-types.js';
import { chatRequestSchema, MAX_MESSAGES, MAX_QUESTION_CHARS } from '../http/request-schemas.js';
import { documentListSchema, documentSchema } from '../http/response-schemas.js';
import { countCharacters } from '../text/count-characters.js';

const { messages: messagesSchema, topK: topKSchema } = chatRequestSchema.shape;

/** A required string whose absence is reported by name, not as "expected string, received undefined". */
const requiredString = (name: string) =>
  z.string({
    error: (issue) =>
      issue.input === undefined ? `${name} is required` : `${name} must be a string`,
  });

/** A required, non-empty text of at most MAX_QUESTION_CHARS characters (code points). */
const boundedText = (name: string, description: string) =>
  requiredString(name)
    .trim()
    .min(1, `the ${name} is empty`)
    .refine(
      (text) => countCharacters(text) <= MAX_QUESTION_CHARS,
      `the ${name} may have at most ${MAX_QUESTION_CHARS} characters`,
    )
    // JSON Schema counts characters (code points) too, as the check above does.
    .meta({ description, maxLength: MAX_QUESTION_CHARS });

export const askInputSchema = z.object({
  question: boundedText('question', 'The question, in plain words.'),
  history: z
    .array(messagesSchema.element)
    .max(MAX_MESSAGES - 1, `at most ${MAX_MESSAGES - 1} earlier messages`)
    .optional()
    .describe('Earlier turns of the conversation, oldest first, so follow-ups can be resolved.'),
  topK: topKSchema.describe('How many passages to retrieve (1-20).'),
});

export const askOutputSchema = chatResponseSchema;

export const searchFiltersSchema = z.object({
  docIds: z.array(z.string()).min(1).optional().describe('Only these documents.'),
  source: z.string().min(1).optional().describe('Only documents from this publisher.'),
  dateFrom: z.iso.date().optional().describe('Only documents dated on or after (YYYY-MM-DD).'),
  dateTo: z.iso.date().optional().describe('Only documents dated on or before (YYYY-MM-DD).'),
});
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

export const searchInputSchema = z.object({
  query: boundedText('query', 'What to look for: words, names or a question.'),
  k: z.number().int().min(1).max(20).default(6).describe('How many passages (1-20).'),
  filters: searchFiltersSchema.optional(),
});

export const passageSchema = citationSchema
  .pick({ docId: true, title: true, date: true, source: true, chunkId: true, score: true })
  .extend({
    /** The passage's sentences, each verbatim from the file, joined by spaces. */
    text: z.string(),
    /** Offsets of the passage in the document's source file. */
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  });
export type Passage = z.infer<typeof passageSchema>;

export const searchOutputSchema = z.object({ passages: z.array(passageSchema) });

export const getDocumentInputSchema = z
  .object({
    docId: requiredString('docId')
      .min(1)
      .describe('A docId from list_documents, search or a citation.'),
    start: z.number().int().nonnegative().optional().describe('Slice start offset (default 0).'),
    end: z.number().int().nonnegative().optional().describe('Slice end offset (default: the end).'),
  })
  .refine(({ start = 0, end }) => end === undefined || start <= end, {
    message: 'start must not be after end',
    path: ['start'],
  });
export type GetDocumentInput = z.infer<typeof getDocumentInputSchema>;

export const getDocumentOutputSchema = documentSchema.extend({
  /** Where `text` starts and ends in the source file: `fileText.slice(start, end) === text`. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The length of the whole source file. */
  length: z.number().int().nonnegative(),
});
export type GetDocumentOutput = z.infer<typeof getDocumentOutputSchema>;

export const listDocumentsOutputSchema = documentListSchema;
