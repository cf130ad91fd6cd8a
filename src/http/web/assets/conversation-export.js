// @ts-check
/**
 * The conversation as text to take away: one answer with its citations as
 * footnotes (the copy button), or the whole conversation as Markdown (the
 * export button). Pure functions; the page wires them to the clipboard and
 * to a download.
 */

/** @typedef {import('./chat-client.js').ChatResponse} ChatResponse */
/** @typedef {import('./conversation-store.js').Turn} Turn */

/** @param {string} text */
const quoted = (text) => `“${text.replace(/\s+/gu, ' ').trim()}”`;

/**
 * One footnote per citation: `[1] Title (date, source): “quote”`.
 * @param {ChatResponse} response
 */
function footnotesOf(response) {
  return response.citations.map((citation) => {
    const meta = [citation.date, citation.source].filter(Boolean).join(', ');
    return `[${citation.n}] ${citation.title}${meta ? ` (${meta})` : ''}: ${quoted(citation.quote)}`;
  });
}

/**
 * An answer followed by its citations as footnotes (what the copy button copies).
 * @param {ChatResponse} response
 */
export function answerWithFootnotes(response) {
  const footnotes = footnotesOf(response);
  return footnotes.length > 0
    ? `${response.answer.trim()}\n\n${footnotes.join('\n')}`
    : response.answer.trim();
}

/** @param {string} text */
const asBlockquote = (text) =>
  text
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');

/**
 * The conversation as a Markdown document: each question a heading, each
 * answer with its footnotes, refusals and errors labelled.
 * @param {Turn[]} turns
 * @param {Date} [now]
 */
export function conversationToMarkdown(turns, now = new Date()) {
  const parts = [`# Conversation with sourced`, `Exported ${now.toISOString()}.`];
  for (const turn of turns) {
    if (turn.role === 'user') {
      parts.push(`## ${turn.content.replace(/\s+/gu, ' ').trim()}`);
    } else if (turn.response?.refused) {
      parts.push(`**Not in the documents.** ${turn.response.answer.trim()}`);
    } else if (turn.response) {
      parts.push(turn.response.answer.trim());
      const footnotes = footnotesOf(turn.response);
      if (footnotes.length > 0) parts.push(asBlockquote(footnotes.join('\n\n')));
    } else {
      parts.push(`**Error:** ${turn.error ?? 'no answer'}`);
    }
  }
  return `${parts.join('\n\n')}\n`;
}
