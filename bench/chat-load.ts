/**
 * `/api/chat` under load: autocannon sends `amount` requests of the given bodies over
 * `connections`, and the rate is counted up to the last response (autocannon stops on a
 * one-second tick). Shared by the benchmarks that drive a running server.
 */
import autocannon from 'autocannon';

export interface ChatLoad {
  /** Requests answered a second, up to the last response. */
  perSecond: number;
  /** Each response's latency, milliseconds, in the order they came. */
  latencies: number[];
  errors: number;
}

export async function driveChat(
  url: string,
  bodies: string[],
  { connections, amount }: { connections: number; amount: number },
): Promise<ChatLoad> {
  const latencies: number[] = [];
  const started = performance.now();
  let last = started;
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url: `${url}/api/chat`,
        connections,
        amount,
        timeout: 60,
        requests: bodies.map((body) => ({
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        })),
      },
      (error, outcome) => (error ? fail(error) : done(outcome)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => {
      latencies.push(ms);
      last = performance.now();
    });
  });
  return {
    perSecond: result.requests.total / ((last - started) / 1000),
    latencies,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
