/**
 * What a Slack handler answers at once, whichever door the delivery came
 * through: the HTTP response (status and JSON body) or the Socket Mode ack
 * (the body as its payload; only 200s carry one).
 */
import { errorBody } from '../http/error-response.js';

export interface SlackAck {
  status: 200 | 400;
  /** JSON to send back; null for an empty acknowledgement. */
  body: Record<string, unknown> | null;
}

export const EMPTY_ACK: SlackAck = { status: 200, body: null };

/** A 400 with our error body; nothing was done. */
export function rejectAck(code: string, message: string): SlackAck {
  return { status: 400, body: errorBody(code, message) };
}
