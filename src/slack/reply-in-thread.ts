/**
 * Answers a message in its thread with `chat.postMessage`: the thread's
 * earlier turns are the conversation, and the thread is remembered so
 * follow-ups without a mention are answered too (also after a restart).
 */
import type { ChatMessage } from '../answer/chat-types.js';
import { answerForSlack } from './answer-for-slack.js';
import { mentionUsageText } from './example-questions.js';
import { loadThreadHistory } from './load-thread-history.js';
import type { SlackDeps } from './slack-deps.js';
import type { SlackMessageEvent } from './slack-payload-schemas.js';
import { slackTextToPlain } from './to-slack-mrkdwn.js';

export interface ReplyInThreadOptions {
  deps: SlackDeps;
  event: SlackMessageEvent;
  botUserId: string | undefined;
}

/** Posts the answer (or usage help for an empty mention) in the event's thread. */
export async function replyInThread({ deps, event, botUserId }: ReplyInThreadOptions) {
  const threadTs = event.thread_ts ?? event.ts;
  await deps.state.rememberThread(event.channel, threadTs);
  const question = slackTextToPlain(event.text ?? '');
  let message;
  if (question === '') {
    message = { text: mentionUsageText(deps.exampleQuestions) };
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
  if (!posted.ok) {
    deps.logger.error('could not post slack answer', {
      channel: event.channel,
      error: posted.error,
    });
  }
}
