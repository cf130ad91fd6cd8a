/**
 * DNS-rebinding guard for `/mcp`, which the MCP transport specification
 * requires: a web page whose name has been re-pointed at 127.0.0.1 is
 * same-origin to the browser, so only the `Origin` header tells it apart.
 * Agents and desktop clients send no `Origin`; browsers always do on POST.
 */
import type { MiddlewareHandler } from 'hono';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Lets through requests with no `Origin`, or one on this machine; others get a 403. */
export const rejectForeignOrigin = (): MiddlewareHandler =>
  async function rejectForeignOrigin(c, next) {
    const origin = c.req.header('origin');
    if (origin !== undefined && !isLoopback(origin)) {
      return c.json(
        {
          jsonrpc: '2.0',
          error: { code: -32000, message: `Origin ${origin} may not use this MCP server.` },
          id: null,
        },
        403,
      );
    }
    await next();
  };

function isLoopback(origin: string): boolean {
  try {
    return LOOPBACK.has(new URL(origin).hostname);
  } catch {
    return false;
  }
}
