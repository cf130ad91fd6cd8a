/**
 * Scores a running server: POSTs each conversation to `<url>/api/chat` and
 * reads cited documents back from `<url>/api/documents/:docId`.
 */
import { z } from 'zod';
import { chatResponseSchema, type AskOptions, type ChatResponse } from '../answer/chat-types.js';
import { EvalError } from './eval-error.js';
import type { EvalTarget } from './eval-target.js';

const documentResponseSchema = z.object({ docId: z.string(), text: z.string() });
const errorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export interface HttpTargetOptions {
  /** Base URL of the server, e.g. `http://localhost:3000`. */
  url: string;
  fetch?: typeof globalThis.fetch;
  /** Per-request time limit. */
  timeoutMs?: number;
  /** Waits before retrying a rate-limited request; injected so tests need not wait. */
  sleep?: (ms: number) => Promise<void>;
}

/** How often a request the server rate-limited (429) is retried after its `Retry-After`. */
const RATE_LIMIT_RETRIES = 5;

/** The most specific reason a fetch failed: `ECONNREFUSED`, `bad port`, a timeout… */
function reasonOf(error: unknown): string {
  type Cause = { code?: string; message?: string; errors?: { code?: string }[] };
  const cause = (error as { cause?: Cause }).cause;
  return cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? (error as Error).message;
}

/** An eval target that calls a server over HTTP. */
export function createHttpTarget({
  url,
  fetch = globalThis.fetch,
  timeoutMs = 120_000,
  sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}: HttpTargetOptions): EvalTarget {
  const base = url.replace(/\/+$/, '');

  async function send(path: string, init: RequestInit = {}): Promise<Response> {
    // A whole eval set is more than a minute's worth of requests for the server's rate limit.
    for (let attempt = 0; ; attempt += 1) {
      const response = await sendOnce(path, init);
      if (response.status !== 429 || attempt === RATE_LIMIT_RETRIES) return response;
      await response.arrayBuffer().catch(() => undefined);
      const seconds = Number(response.headers.get('retry-after'));
      await sleep(1000 * (Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 60) : 1));
    }
  }

  async function sendOnce(path: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const reason = reasonOf(error);
      throw new EvalError(
        'EVAL_TARGET_UNREACHABLE',
        `cannot reach ${base} (${reason}); is the server running?`,
        {
          cause: error,
        },
      );
    }
  }

  return {
    description: base,
    async check() {
      // Any HTTP status proves the server is there (even without /healthz); only a failed connection matters.
      await send('/healthz');
    },
    async ask({ messages, topK, filters }: AskOptions): Promise<ChatResponse> {
      const response = await send('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messages, topK, filters }),
      });
      const body: unknown = await response.json().catch(() => undefined);
      if (!response.ok) {
        const error = errorBodySchema.safeParse(body);
        const detail = error.success
          ? `${error.data.error.code}: ${error.data.error.message}`
          : response.statusText;
        throw new Error(`POST /api/chat answered ${response.status} (${detail})`);
      }
      const parsed = chatResponseSchema.safeParse(body);
      if (!parsed.success)
        throw new Error(`POST /api/chat broke the chat contract: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    },
    async loadDocumentText(docId: string) {
      const response = await send(`/api/documents/${encodeURIComponent(docId)}`);
      if (!response.ok) return undefined;
      const parsed = documentResponseSchema.safeParse(await response.json().catch(() => undefined));
      return parsed.success ? parsed.data.text : undefined;
    },
  };
}
