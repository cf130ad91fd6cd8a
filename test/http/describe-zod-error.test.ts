import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeZodError } from '../../src/http/error-response.js';

describe('describing a bad request', () => {
  it('names each problem once, at most three', () => {
    const schema = z.object({ messages: z.array(z.string()) }).superRefine((value, context) => {
      for (let i = 0; i < 2; i += 1)
        context.addIssue({ code: 'custom', path: ['messages'], message: 'needs a question' });
    });
    const result = schema.safeParse({ messages: [] });
    expect(result.success).toBe(false);
    if (!result.success) expect(describeZodError(result.error)).toBe('messages: needs a question');
  });
});
