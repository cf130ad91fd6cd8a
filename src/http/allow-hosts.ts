/**
 * The Host allow-list: a page on another site that rebinds its DNS name to
 * 127.0.0.1 still sends its own name as `Host`, so answering only to known
 * names keeps such pages from reading a local instance.
 */
import type { MiddlewareHandler } from 'hono';
import { errorBody } from './error-response.js';

/** The host name of a `Host` header, lowercased, without the port. */
export function hostNameOf(host: string): string {
  const name = host.trim().toLowerCase();
  if (name.startsWith('[')) return name.slice(0, name.indexOf(']') + 1);
  return name.replace(/:\d*$/u, '');
}

/** Answers 403 to a request whose `Host` is not in `hosts`; `null` allows any host. */
export const allowHosts = ({ hosts }: { hosts: readonly string[] | null }): MiddlewareHandler =>
  async function allowHosts(c, next) {
    if (hosts === null) return next();
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!hosts.includes(hostNameOf(host))) {
      return c.json(
        errorBody(
          'host_not_allowed',
          `This server does not answer to the host "${hostNameOf(host).slice(0, 100)}" (see ALLOWED_HOSTS).`,
        ),
        403,
      );
    }
    return next();
  };
