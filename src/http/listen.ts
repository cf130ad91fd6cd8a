/**
 * Puts the app on a listening Node server with the timeouts that close
 * connections which never finish their headers or body, and turns a failure
 * to listen into a one-line error naming HOST or PORT.
 */
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '../errors/app-error.js';
import { describeListenError } from './describe-listen-error.js';

export interface ListenOptions {
  fetch: (request: Request) => Response | Promise<Response>;
  host: string;
  port: number;
  /** Headers must arrive within this (Node closes the connection with 408). */
  headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this. */
  requestTimeoutMs: number;
}

/** Resolves with the server once it listens, or rejects with a one-line `config_invalid` error. */
export function listen({
  fetch,
  host,
  port,
  headersTimeoutMs,
  requestTimeoutMs,
}: ListenOptions): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({
      fetch,
      hostname: host,
      port,
      serverOptions: {
        headersTimeout: headersTimeoutMs,
        requestTimeout: requestTimeoutMs,
        // How often Node looks for timed-out connections (its default, 30 s, would triple the wait).
        connectionsCheckingInterval: Math.max(100, Math.min(5000, headersTimeoutMs / 2)),
      },
    }) as Server;
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new AppError('config_invalid', describeListenError(error, { host, port }), {
          cause: error,
        }),
      ),
    );
    server.once('listening', () =>
      resolve({ server, port: (server.address() as AddressInfo).port }),
    );
  });
}
