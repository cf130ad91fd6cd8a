/**
 * POST /slack/events: the Events API. Answers `url_verification`, then
 * acknowledges every event at once and answers mentions, DMs and follow-ups
 * in known threads in the background, once per event even when redelivered.
 */
import type { Context } from 'hono';
import type { ChatMessage } from '../answer/chat-types.js';
import { answerForSlack } from './answer-for-slack.js';
import { loadThreadHistory } from './load-thread-history.js';
import type { SlackDeps } from './slack-deps.js';
import {
  slackEnvelopeSchema,
  slackMessageEventSchema,
  type SlackMessageEvent,
} from './slack-payload-schemas.js';
import { slackTextToPlain } from './to-slack-mrkdwn.js';
import type { SlackVariables } from './verify-slack-request.js';

/** What the bot says when mentioned with no question. */
export const MENTION_USAGE_TEXT =
  'Ask me a question about the documents, for example: what did the central bank decide?';

/** Message subtypes that are still a person writing to us. */
const USER_SUBTYPES = new Set(['file_share', 'thread_broadcast']);

/** Creates the events handler. */
export const slackEventsRoute = (deps: SlackDeps) =>
  async function slackEvents(c: Context<{ Variables: SlackVariables }>) {
    const envelope = slackEnvelopeSchema.safeParse(safeJson(c.get('slackRawBody')));
    if (!envelope.success) {
      return c.json(
        { error: { code: 'invalid_slack_event', message: 'Not a Slack Events API payload.' } },
        400,
      );
    }
    const body = envelope.data;
    if (body.type === 'url_verification') return c.json({ challenge: body.challenge });
    if (body.type !== 'event_callback') return c.body(null, 200);

    if (!deps.seenEvents.add(`event:${body.event_id}`, true)) {
      deps.logger.info('slack event redelivered, already handled', {
        eventId: body.event_id,
        retryNum: c.req.header('x-slack-retry-num'),
      });
      return c.body(null, 200);
    }
    const event = slackMessageEventSchema.safeParse(body.event);
    const botUserId = body.authorizations?.[0]?.user_id;
    if (event.success && shouldAnswer({ event: event.data, botUserId, deps })) {
      // A mention in a thread arrives as both `app_mention` and `message`: answer the message once.
      if (deps.seenEvents.add(`message:${event.data.channel}:${event.data.ts}`, true)) {
        const answered = event.data;
        deps.schedule(() => replyInThread({ deps, event: answered, botUserId }));
      }
    }
    return c.body(null, 200);
  };

function shouldAnswer({
  event,
  botUserId,
  deps,
}: {
  event: SlackMessageEvent;
  botUserId: string | undefined;
  deps: SlackDeps;
}): boolean {
  if (event.subtype && !USER_SUBTYPES.has(event.subtype)) return false;
  if (event.bot_id || !event.user || event.user === botUserId || event.edited) return false;
  if (event.type === 'app_mention') return true;
  if (event.type !== 'message') return false;
  if (event.channel_type === 'im') return true;
  // In channels only follow-ups in threads we are part of; mentions come as app_mention.
  const inKnownThread =
    event.thread_ts !== undefined &&
    event.thread_ts !== event.ts &&
    deps.knownThreads.has(`${event.channel}:${event.thread_ts}`);
  const mentionsBot = botUserId !== undefined && (event.text ?? '').includes(`<@${botUserId}`);
  return inKnownThread && !mentionsBot;
}

async function replyInThread({
  deps,
  event,
  botUserId,
}: {
  deps: SlackDeps;
  event: SlackMessageEvent;
  botUserId: string | undefined;
}): Promise<void> {
  const threadTs = event.thread_ts ?? event.ts;
  deps.knownThreads.set(`${event.channel}:${threadTs}`, true);
  const question = slackTextToPlain(event.text ?? '');
  let message;
  if (question === '') {
    message = { text: MENTION_USAGE_TEXT };
  } else {
    const history: ChatMessage[] = event.thread_ts
      ? await loadThreadHistory({
          api: deps.api,
          channel: event.channel,
          threadTs,
          botUserId,
          beforeTs: event.ts,
        })
      : [];
    message = await answerForSlack({
      deps,
      messages: [...history, { role: 'user', content: question }],
    });
  }
  const posted = await deps.api.call('chat.postMessage', {
    channel: event.channel,
    thread_ts: threadTs,
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
  if (!posted.ok)
    deps.logger.error('could not post slack answer', {
      channel: event.channel,
      error: posted.error,
    });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
