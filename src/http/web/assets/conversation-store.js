// @ts-check
/**
 * The conversation, kept in localStorage so it survives a reload. What is read
 * back is checked turn by turn; anything malformed is dropped, never trusted.
 */

/** @typedef {import('./chat-client.js').ChatResponse} ChatResponse */
/**
 * @typedef {{ role: 'user', content: string }
 *   | { role: 'assistant', content: string, response?: ChatResponse, error?: string }} Turn
 */

const KEY = 'sourced.conversation.v1';
/** What `/api/chat` accepts at most. */
const MAX_MESSAGES = 50;

/** @param {unknown} value @returns {value is Turn} */
function isTurn(value) {
  if (typeof value !== 'object' || value === null) return false;
  const turn = /** @type {Record<string, unknown>} */ (value);
  if (typeof turn.content !== 'string') return false;
  if (turn.role === 'user') return true;
  if (turn.role !== 'assistant') return false;
  if (turn.error !== undefined) return typeof turn.error === 'string';
  const response = /** @type {Record<string, unknown> | undefined} */ (turn.response);
  return (
    typeof response === 'object' &&
    typeof response.answer === 'string' &&
    typeof response.refused === 'boolean' &&
    Array.isArray(response.citations)
  );
}

/** @param {Storage} [storage] @returns {Turn[]} */
export function loadConversation(storage = window.localStorage) {
  try {
    const parsed = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isTurn) : [];
  } catch {
    return [];
  }
}

/** @param {Turn[]} turns @param {Storage} [storage] */
export function saveConversation(turns, storage = window.localStorage) {
  try {
    storage.setItem(KEY, JSON.stringify(turns));
  } catch {
    // Storage full or disabled: the conversation still works, it just will not survive a reload.
  }
}

/** @param {Storage} [storage] */
export function clearConversation(storage = window.localStorage) {
  try {
    storage.removeItem(KEY);
  } catch {
    // Nothing stored to clear.
  }
}

/**
 * The messages to send: failed exchanges (a question whose answer was an
 * error) are left out, and only the most recent ones are kept.
 * @param {Turn[]} turns
 * @returns {{ role: 'user' | 'assistant', content: string }[]}
 */
export function toChatMessages(turns) {
  /** @type {{ role: 'user' | 'assistant', content: string }[]} */
  const messages = [];
  turns.forEach((turn, index) => {
    const next = turns[index + 1];
    if (turn.role === 'assistant' && 'error' in turn && turn.error !== undefined) return;
    if (
      turn.role === 'user' &&
      next?.role === 'assistant' &&
      'error' in next &&
      next.error !== undefined
    )
      return;
    messages.push({ role: turn.role, content: turn.content });
  });
  return messages.slice(-MAX_MESSAGES);
}
