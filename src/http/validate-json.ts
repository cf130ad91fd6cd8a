/**
 * `@hono/zod-validator` for JSON bodies, with failures rendered in the API's
 * error shape.
 */
import { zValidator } from '@hono/zod-validator';
import type { ZodType } from 'zod';
import { describeZodError, errorBody } from './error-response.js';

export const validateJson = <Schema extends ZodType>(schema: Schema) =>
  zValidator('json', schema, (result, c) => {
    if (!result.success)
      return c.json(errorBody('invalid_request', describeZodError(result.error)), 400);
  });
