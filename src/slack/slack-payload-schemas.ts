/**
 * Zod schemas for what Slack sends us, over HTTP or Socket Mode alike:
 * Events API envelopes, slash commands and interactivity payloads. Only the
 * fields we use are kept.
 */
import { z } from 'zod';

/** A message-like event: `app_mention` or `message`. */
export const slackMessageEventSchema = z.object({
  type: z.string(),
  subtype: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  channel: z.string(),
  /** `im` for direct messages, `channel`, `group`, `mpim` otherwise. */
  channel_type: z.string().optional(),
  edited: z.unknown().optional(),
});
export type SlackMessageEvent = z.infer<typeof slackMessageEventSchema>;

export const slackEnvelopeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('url_verification'), challenge: z.string() }),
  z.object({
    type: z.literal('event_callback'),
    event_id: z.string(),
    /** The installation's bot user is the first authorization. */
    authorizations: z.array(z.object({ user_id: z.string().optional() })).optional(),
    event: z.looseObject({ type: z.string() }),
  }),
  z.object({ type: z.literal('app_rate_limited') }),
]);
export type SlackEnvelope = z.infer<typeof slackEnvelopeSchema>;

/** A slash command: the form Slack posts, or the payload of a `slash_commands` envelope. */
export const slackCommandSchema = z.object({
  command: z.string(),
  text: z.string().default(''),
  user_id: z.string(),
  channel_id: z.string().optional(),
  response_url: z.url(),
  /** Unique per invocation: a replay carries the same one. */
  trigger_id: z.string().min(1).optional(),
});
export type SlackCommand = z.infer<typeof slackCommandSchema>;

/** A button click: the JSON in an interactivity form's `payload`, or an `interactive` envelope's payload. */
export const slackBlockActionsSchema = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id: z.string() }),
  channel: z.object({ id: z.string() }).optional(),
  message: z.object({ ts: z.string(), text: z.string().optional() }).optional(),
  response_url: z.url().optional(),
  /** Unique per click: a replay carries the same one. */
  trigger_id: z.string().min(1).optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() })).min(1),
});
export type SlackBlockActions = z.infer<typeof slackBlockActionsSchema>;
