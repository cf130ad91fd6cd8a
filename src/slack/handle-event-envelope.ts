/**
 * The Events API, whichever door it came through: answers
 * `url_verification`, acknowledges every event at once and answers
 * mentions, DMs and follow-ups in known threads in the background, once per
 * event even when Slack redelivers it, including after a restart.
 */
import { replyInThread } from './reply-in-thread.js';
import { EMPTY_ACK, rejectAck, type SlackAck } from './slack-ack.js';
import type { SlackDeps } from './slack-deps.js';
import {
  slackEnvelopeSchema,
  slackMessageEventSchema,
  type SlackMessageEvent,
} from './slack-payload-schemas.js';

/** Message subtypes that are still a person writing to us. */
const USER_SUBTYPES = new Set(['file_share', 'thread_broadcast']);

export interface HandleEventEnvelopeOptions {
  deps: SlackDeps;
  /** The Events API envelope: an HTTP body or a Socket Mode `events_api` payload. */
  payload: unknown;
  /** Slack's retry count, for the log. */
  retryNum?: string | number;
}

/** Handles one Events API delivery; the answer, if any, is scheduled. */
export async function handleEventEnvelope({
  deps,
  payload,
  retryNum,
}: HandleEventEnvelopeOptions): Promise<SlackAck> {
  const envelope = slackEnvelopeSchema.safeParse(payload);
  if (!envelope.success) {
    return rejectAck('invalid_slack_event', 'Not a Slack Events API payload.');
  }
  const body = envelope.data;
  if (body.type === 'url_verification') {
    return { status: 200, body: { challenge: body.challenge } };
  }
  if (body.type !== 'event_callback') return EMPTY_ACK;

  if (!(await deps.state.claimDelivery(`event:${body.event_id}`))) {
    deps.logger.info('slack event redelivered, already handled', {
      eventId: body.event_id,
      retryNum,
    });
    return EMPTY_ACK;
  }
  const event = slackMessageEventSchema.safeParse(body.event);
  const botUserId = body.authorizations?.[0]?.user_id;
  if (event.success && (await shouldAnswer({ event: event.data, botUserId, deps }))) {
    // A mention in a thread arrives as both `app_mention` and `message`: answer it once.
    if (await deps.state.claimDelivery(`message:${event.data.channel}:${event.data.ts}`)) {
      const answered = event.data;
      deps.schedule(() => replyInThread({ deps, event: answered, botUserId }));
    }
  }
  return EMPTY_ACK;
}

async function shouldAnswer({
  event,
  botUserId,
  deps,
}: {
  event: SlackMessageEvent;
  botUserId: string | undefined;
  deps: SlackDeps;
}): Promise<boolean> {
  if (event.subtype && !USER_SUBTYPES.has(event.subtype)) return false;
  if (event.bot_id || !event.user || event.user === botUserId || event.edited) return false;
  if (event.type === 'app_mention') return true;
  if (event.type !== 'message') return false;
  if (event.channel_type === 'im') return true;
  // In channels only follow-ups in threads we are part of; mentions come as app_mention.
  if (event.thread_ts === undefined || event.thread_ts === event.ts) return false;
  const mentionsBot = botUserId !== undefined && (event.text ?? '').includes(`<@${botUserId}`);
  return !mentionsBot && (await deps.state.isKnownThread(event.channel, event.thread_ts));
}
