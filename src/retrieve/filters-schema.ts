/**
 * The `filters` every door accepts (`/api/chat`, the eval runner), validated
 * with zod: at most 1,000 document ids or sources, real calendar dates, and
 * `dateFrom` not after `dateTo`. Unknown keys are refused, so a misspelt
 * filter is a 400 rather than silently ignored.
 */
import { z } from 'zod';
import type { CorpusFilters } from '../ingest/document-types.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'a date is YYYY-MM-DD')
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, 'not a calendar date');

const names = (what: string) =>
  z
    .array(
      z.string().min(1, `a ${what} is not empty`).max(200, `a ${what} has at most 200 characters`),
    )
    .max(1000, `at most 1000 ${what}s`);

export const filtersSchema = z
  .strictObject({
    docIds: names('docId')
      .optional()
      .meta({ description: 'Only these documents (ids as in `GET /api/documents`).' }),
    sources: names('source')
      .optional()
      .meta({ description: 'Only documents from these publishers (exact `source`).' }),
    dateFrom: isoDate.optional().meta({
      description: 'Only documents dated on or after (YYYY-MM-DD); undated ones are left out.',
    }),
    dateTo: isoDate.optional().meta({
      description: 'Only documents dated on or before (YYYY-MM-DD); undated ones are left out.',
    }),
  })
  .refine((filters) => !filters.dateFrom || !filters.dateTo || filters.dateFrom <= filters.dateTo, {
    message: 'dateFrom is after dateTo',
    path: ['dateFrom'],
  })
  .meta({
    description: 'Retrieve only from part of the corpus; every given field must hold.',
  }) satisfies z.ZodType<CorpusFilters>;
