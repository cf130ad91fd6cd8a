/**
 * The limits every chat door applies to a conversation (`/api/chat`, `/v1`),
 * counted in characters (code points), so both doors refuse the same input.
 */
import { countCharacters } from '../text/count-characters.js';

export const MAX_QUESTION_CHARS = 2000;
export const MAX_MESSAGE_CHARS = 8000;
export const MAX_MESSAGES = 50;

export interface ConversationProblem {
  /** What is wrong, for doors that word it their own way. */
  kind: 'count' | 'message_length' | 'not_a_question' | 'question_length';
  /** Index of the message at fault, or null for the conversation as a whole. */
  index: number | null;
  field: 'content' | 'role' | 'messages';
  message: string;
}

/** The first limit `messages` breaks, or null when it keeps them all. */
export function findConversationProblem(
  messages: readonly { role: string; content: string }[],
): ConversationProblem | null {
  if (messages.length === 0)
    return {
      kind: 'not_a_question',
      index: null,
      field: 'messages',
      message: 'messages must hold at least the question',
    };
  if (messages.length > MAX_MESSAGES)
    return {
      kind: 'count',
      index: null,
      field: 'messages',
      message: `at most ${MAX_MESSAGES} messages`,
    };
  for (const [index, { content }] of messages.entries()) {
    // `length` is an upper bound of the character count: count only when it could be over.
    if (content.length > MAX_MESSAGE_CHARS && countCharacters(content) > MAX_MESSAGE_CHARS) {
      return {
        kind: 'message_length',
        index,
        field: 'content',
        message: `a message may have at most ${MAX_MESSAGE_CHARS} characters`,
      };
    }
  }
  const index = messages.length - 1;
  const last = messages[index]!;
  if (last.role !== 'user')
    return {
      kind: 'not_a_question',
      index,
      field: 'role',
      message: "the last message must be the user's question",
    };
  if (last.content.trim() === '')
    return { kind: 'not_a_question', index, field: 'content', message: 'the question is empty' };
  if (
    last.content.length > MAX_QUESTION_CHARS &&
    countCharacters(last.content) > MAX_QUESTION_CHARS
  ) {
    return {
      kind: 'question_length',
      index,
      field: 'content',
      message: `the question may have at most ${MAX_QUESTION_CHARS} characters`,
    };
  }
  return null;
}
