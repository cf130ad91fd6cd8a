/**
 * Middleware in front of every /slack route: answers 503 when Slack is not
 * configured, caps the body size, verifies the signature on the raw bytes
 * before anything parses them, then hands the raw text on to the handler.
 */
import type { MiddlewareHandler } from 'hono';
import { errorBody } from '../http/error-response.js';
import { verifySlackSignature } from './verify-slack-signature.js';
import type { Logger } from '../log/logger.js';

/** Context variables set by {@link verifySlackRequest}. */
export interface SlackVariables {
  /** The verified request body, decoded as UTF-8. */
  slackRawBody: string;
}

export interface VerifySlackRequestOptions {
  signingSecret: string | undefined;
  logger: Logger;
  now?: () => number;
  /** Slack's own payloads are a few kilobytes; anything far larger is not Slack. */
  maxBodyBytes?: number;
}

/** The whole body, or null as soon as it passes `maxBytes` (the rest is never read). */
async function readBounded(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array | null> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    parts.push(value);
  }
  if (parts.length === 1) return parts[0]!;
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.byteLength;
  }
  return whole;
}

/** Creates the verification middleware for the Slack sub-app. */
export const verifySlackRequest = ({
  signingSecret,
  logger,
  now = Date.now,
  maxBodyBytes = 1024 * 1024,
}: VerifySlackRequestOptions): MiddlewareHandler<{ Variables: SlackVariables }> =>
  async function verifySlackRequest(c, next) {
    if (!signingSecret) {
      return c.json(
        errorBody(
          'slack_not_configured',
          'Slack is not configured on this server: set SLACK_SIGNING_SECRET.',
        ),
        503,
      );
    }
    const declaredLength = Number(c.req.header('content-length') ?? 0);
    if (declaredLength > maxBodyBytes) {
      return c.json(
        errorBody('payload_too_large', 'The request body is too large for a Slack request.'),
        413,
      );
    }
    // Read while counting: a chunked upload without Content-Length stops at the limit.
    const rawBody = await readBounded(c.req.raw.body, maxBodyBytes);
    if (rawBody === null) {
      return c.json(
        errorBody('payload_too_large', 'The request body is too large for a Slack request.'),
        413,
      );
    }
    const result = verifySlackSignature({
      signingSecret,
      timestamp: c.req.header('x-slack-request-timestamp'),
      signature: c.req.header('x-slack-signature'),
      rawBody,
      now,
    });
    if (!result.ok) {
      logger.warn('rejected slack request', { path: c.req.path, reason: result.reason });
      return c.json(
        errorBody(`slack_${result.reason}`, 'The Slack request signature could not be verified.'),
        401,
      );
    }
    c.set('slackRawBody', new TextDecoder().decode(rawBody));
    await next();
  };
