/**
 * A fake Slack on a loopback port, for both doors: the Web API
 * (`chat.postMessage`, `conversations.replies`, `apps.connections.open`),
 * response URLs under `/hooks/`, and a Socket Mode WebSocket that speaks
 * Slack's envelope protocol (hello, events_api, slash_commands, interactive,
 * acks, disconnect and reconnect). It records what the bot sent.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

export const BOT_TOKEN = 'xoxb-test';
export const APP_TOKEN = 'xapp-test';

export interface FakeSlackMessage {
  ts: string;
  user?: string;
  bot_id?: string;
  text: string;
}

export interface CannedResponse {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

export interface ApiCall {
  method: string;
  at: number;
  form: URLSearchParams;
}

export type EnvelopeType = 'events_api' | 'slash_commands' | 'interactive';

export interface DeliverOptions {
  /** Reuse an envelope id (Slack redelivering the same envelope). */
  envelopeId?: string;
  retryAttempt?: number;
  /** How long to wait for the ack before failing the delivery. */
  ackTimeoutMs?: number;
}

/** Starts the fake; `close()` it after the test. */
export async function startFakeSlack({
  threads = {},
}: { threads?: Record<string, FakeSlackMessage[]> } = {}) {
  const posts: Record<string, unknown>[] = [];
  const apiCalls: ApiCall[] = [];
  const hookPosts: { path: string; body: Record<string, unknown> }[] = [];
  const canned = new Map<string, CannedResponse[]>();
  const connections: WebSocket[] = [];
  const acks = new Map<string, (payload: unknown) => void>();
  const connectionWaiters: { count: number; resolve: () => void }[] = [];

  const server = createServer((request, response) => {
    void route(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  const sockets = new WebSocketServer({ server });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const path = request.url ?? '/';
    if (path.startsWith('/hooks/')) {
      hookPosts.push({ path, body: JSON.parse(body) as Record<string, unknown> });
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const method = path.replace(/^\/api\//, '').split('?')[0] ?? '';
    const form = new URLSearchParams(body);
    apiCalls.push({ method, at: Date.now(), form });
    const next = canned.get(method)?.shift();
    if (next) return sendJson(response, next.status, next.body, next.headers);

    const authorization = request.headers.authorization;
    if (method === 'apps.connections.open') {
      if (authorization !== `Bearer ${APP_TOKEN}`) {
        return sendJson(response, 200, { ok: false, error: 'invalid_auth' });
      }
      return sendJson(response, 200, {
        ok: true,
        url: `${origin.replace('http', 'ws')}/link/?ticket=${randomUUID()}`,
      });
    }
    if (authorization !== `Bearer ${BOT_TOKEN}`) {
      return sendJson(response, 200, { ok: false, error: 'invalid_auth' });
    }
    if (method === 'chat.postMessage') {
      const post: Record<string, unknown> = Object.fromEntries(form);
      if (typeof post.blocks === 'string') post.blocks = JSON.parse(post.blocks);
      posts.push(post);
      return sendJson(response, 200, {
        ok: true,
        channel: post.channel,
        ts: `1700000100.00000${posts.length}`,
      });
    }
    if (method === 'conversations.replies') {
      return sendJson(response, 200, {
        ok: true,
        messages: threads[form.get('ts') ?? ''] ?? [],
        has_more: false,
      });
    }
    return sendJson(response, 200, { ok: false, error: 'unknown_method' });
  }

  sockets.on('connection', (socket) => {
    connections.push(socket);
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (message.envelope_id) acks.get(message.envelope_id)?.(message.payload ?? null);
    });
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        connection_info: { app_id: 'A1' },
        debug_info: { host: 'fake-slack', approximate_connection_time: 18060 },
      }),
    );
    for (const waiter of [...connectionWaiters]) {
      if (connections.length >= waiter.count) {
        connectionWaiters.splice(connectionWaiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });

  const liveSocket = () => {
    const socket = connections.at(-1);
    if (!socket || socket.readyState !== WebSocket.OPEN) throw new Error('no open socket');
    return socket;
  };

  return {
    apiUrl: `${origin}/api/`,
    origin,
    posts,
    apiCalls,
    hookPosts,
    /** The form of every `conversations.replies` call. */
    get repliesRequests() {
      return apiCalls.filter((call) => call.method === 'conversations.replies').map((c) => c.form);
    },
    /** How many Socket Mode connections were opened so far. */
    get connectionCount() {
      return connections.length;
    },
    /** A response URL on this fake. */
    responseUrl: (name: string) => `${origin}/hooks/${name}`,
    /** Makes the next calls of `method` answer these responses, in order. */
    respondNext(method: string, ...responses: CannedResponse[]) {
      canned.set(method, [...(canned.get(method) ?? []), ...responses]);
    },
    /** Resolves once at least `count` Socket Mode connections have been opened. */
    waitForConnections(count: number): Promise<void> {
      if (connections.length >= count) return Promise.resolve();
      return new Promise((resolve) => connectionWaiters.push({ count, resolve }));
    },
    /** Sends an envelope over the socket; resolves with the ack's payload (null when empty). */
    deliver(type: EnvelopeType, payload: unknown, options: DeliverOptions = {}): Promise<unknown> {
      const envelopeId = options.envelopeId ?? randomUUID();
      const socket = liveSocket();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          acks.delete(envelopeId);
          reject(new Error(`no ack for ${type} within ${options.ackTimeoutMs ?? 3000} ms`));
        }, options.ackTimeoutMs ?? 3000);
        acks.set(envelopeId, (ack) => {
          clearTimeout(timer);
          acks.delete(envelopeId);
          resolve(ack);
        });
        socket.send(
          JSON.stringify({
            envelope_id: envelopeId,
            type,
            payload,
            accepts_response_payload: type !== 'events_api',
            ...(options.retryAttempt === undefined
              ? {}
              : { retry_attempt: options.retryAttempt, retry_reason: 'timeout' }),
          }),
        );
      });
    },
    /** Asks the client to reconnect, as Slack does every few hours. */
    requestReconnect() {
      liveSocket().send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));
    },
    async close() {
      for (const socket of connections) socket.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}
