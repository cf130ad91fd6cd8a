/**
 * A Slack thread is the conversation: its earlier messages, read with
 * `conversations.replies`, become the chat history so follow-ups work.
 */
import { z } from 'zod';
import type { ChatMessage } from '../answer/chat-types.js';
import type { SlackWebApi } from './create-slack-web-api.js';
import { slackTextToPlain } from './to-slack-mrkdwn.js';

const repliesSchema = z.object({
  messages: z.array(
    z.object({
      ts: z.string(),
      user: z.string().optional(),
      bot_id: z.string().optional(),
      text: z.string().optional(),
    }),
  ),
});

export interface LoadThreadHistoryOptions {
  api: SlackWebApi;
  channel: string;
  threadTs: string;
  /** Messages from this user are the assistant's turns. */
  botUserId: string | undefined;
  /** Only messages before this one (the question being answered) are history. */
  beforeTs: string;
  /** Most recent messages kept. */
  maxMessages?: number;
}

/** Loads the thread's earlier turns; an API failure yields an empty history, not an error. */
export async function loadThreadHistory({
  api,
  channel,
  threadTs,
  botUserId,
  beforeTs,
  maxMessages = 20,
}: LoadThreadHistoryOptions): Promise<ChatMessage[]> {
  const result = await api.call('conversations.replies', { channel, ts: threadTs, limit: 200 });
  if (!result.ok) return [];
  const parsed = repliesSchema.safeParse(result.data);
  if (!parsed.success) return [];

  const history: ChatMessage[] = [];
  for (const message of parsed.data.messages) {
    if (Number(message.ts) >= Number(beforeTs)) continue;
    const isOwn = botUserId !== undefined && message.user === botUserId;
    // Other bots' chatter is not part of the user's conversation with us.
    if (!isOwn && (message.bot_id || !message.user)) continue;
    const content = slackTextToPlain(message.text ?? '');
    if (content) history.push({ role: isOwn ? 'assistant' : 'user', content });
  }
  return history.slice(-maxMessages);
}
