/**
 * Scoring a server over HTTP still works with its rate limit on: the eval's
 * HTTP target waits out a 429's Retry-After and asks again.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpTarget } from '../../src/eval/http-target.js';

const base = 'http://sourced.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const answer = { answer: 'Colonels. [1]', refused: false, citations: [] };

describe('the eval HTTP target against a rate-limited server', () => {
  it('waits the Retry-After of a 429 and asks again', async () => {
    let calls = 0;
    server.use(
      http.post(`${base}/api/chat`, () => {
        calls += 1;
        return calls < 3
          ? HttpResponse.json(
              { error: { code: 'rate_limited', message: 'Too many requests' } },
              { status: 429, headers: { 'retry-after': '7' } },
            )
          : HttpResponse.json(answer);
      }),
    );
    const waits: number[] = [];
    const target = createHttpTarget({
      url: base,
      sleep: async (ms) => void waits.push(ms),
    });
    const response = await target.ask({ messages: [{ role: 'user', content: 'Rank?' }] });
    expect(response).toEqual(answer);
    expect(waits).toEqual([7000, 7000]);
  });

  it('gives up with the 429 after a few tries', async () => {
    server.use(
      http.post(`${base}/api/chat`, () =>
        HttpResponse.json(
          { error: { code: 'rate_limited', message: 'Too many requests' } },
          { status: 429, headers: { 'retry-after': '1' } },
        ),
      ),
    );
    const target = createHttpTarget({ url: base, sleep: async () => {} });
    await expect(target.ask({ messages: [{ role: 'user', content: 'Rank?' }] })).rejects.toThrow(
      /answered 429 \(rate_limited/,
    );
  });
});
