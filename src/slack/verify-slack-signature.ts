/**
 * Slack request signing: HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the
 * app's signing secret, compared in constant time, with a five-minute window
 * against replays. See https://api.slack.com/authentication/verifying-requests-from-slack
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack's tolerance for clock skew and replays, in seconds. */
export const SLACK_SIGNATURE_MAX_AGE_SECONDS = 5 * 60;

export interface VerifySlackSignatureOptions {
  signingSecret: string;
  /** `X-Slack-Request-Timestamp` header, seconds since the epoch. */
  timestamp: string | undefined;
  /** `X-Slack-Signature` header, `v0=<hex>`. */
  signature: string | undefined;
  /** The body exactly as received, before any parsing. */
  rawBody: Uint8Array;
  /** Clock in epoch milliseconds. */
  now?: () => number;
}

export type SlackSignatureResult =
  { ok: true } | { ok: false; reason: 'missing_headers' | 'stale_timestamp' | 'invalid_signature' };

/** Checks a Slack request's signature; never throws. */
export function verifySlackSignature({
  signingSecret,
  timestamp,
  signature,
  rawBody,
  now = Date.now,
}: VerifySlackSignatureOptions): SlackSignatureResult {
  if (!timestamp || !signature) return { ok: false, reason: 'missing_headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'stale_timestamp' };
  const ageSeconds = Math.abs(now() / 1000 - Number(timestamp));
  if (ageSeconds > SLACK_SIGNATURE_MAX_AGE_SECONDS) return { ok: false, reason: 'stale_timestamp' };

  const expected = Buffer.from(
    `v0=${computeSlackSignature({ signingSecret, timestamp, rawBody })}`,
    'utf8',
  );
  const received = Buffer.from(signature, 'utf8');
  // timingSafeEqual needs equal lengths; the length itself is not secret.
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) {
    return { ok: false, reason: 'invalid_signature' };
  }
  return { ok: true };
}

/** The hex HMAC Slack sends after `v0=`; exported so tests can sign requests. */
export function computeSlackSignature({
  signingSecret,
  timestamp,
  rawBody,
}: {
  signingSecret: string;
  timestamp: string;
  rawBody: Uint8Array | string;
}): string {
  return createHmac('sha256', signingSecret)
    .update(`v0:${timestamp}:`, 'utf8')
    .update(rawBody)
    .digest('hex');
}
