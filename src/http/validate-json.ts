/**
 * Validation failures rendered in the API's error shape: `@hono/zod-validator`
 * for JSON bodies of hand-declared routes, and the hook the
 * `@hono/zod-openapi` routes share.
 */
import { zValidator } from '@hono/zod-validator';
import type { Context } from 'hono';
import type { ZodType } from 'zod';
import { describeZodError, errorBody } from './error-response.js';

type ValidationResult =
  { success: true } | { success: false; error: Parameters<typeof describeZodError>[0] };

/** Answers a failed validation with 400 `invalid_request`; lets a valid request through. */
export function validationHook(result: ValidationResult, c: Context) {
  if (!result.success)
    return c.json(errorBody('invalid_request', describeZodError(result.error)), 400);
}

export const validateJson = <Schema extends ZodType>(schema: Schema) =>
  zValidator('json', schema, validationHook);
