/**
 * Text helpers for Slack's mrkdwn: escaping the three control characters,
 * turning common Markdown into mrkdwn, shortening and splitting text to fit
 * Block Kit's per-field limits. `[n]` citation markers pass through as-is.
 */

/** Escapes `&`, `<` and `>`, which Slack reserves for links and mentions. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Converts Markdown (bold, headings, links) to escaped Slack mrkdwn. */
export function markdownToMrkdwn(markdown: string): string {
  return escapeMrkdwn(markdown)
    .replace(/^#{1,6}\s+(.+)$/gm, '*$1*')
    .replace(/\*\*(.+?)\*\*/g, '*$1*')
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, '<$2|$1>');
}

/** Collapses whitespace and cuts at a word boundary, ending with `…` when shortened. */
export function shortenText(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * Splits text into pieces of at most `maxChars`, preferring paragraph, line,
 * sentence and word boundaries, and never cutting an `&amp;`-style entity.
 */
export function splitText(text: string, maxChars: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > maxChars) {
    const window = rest.slice(0, maxChars);
    let cut = Math.max(
      window.lastIndexOf('\n\n'),
      window.lastIndexOf('\n'),
      window.lastIndexOf('. ') + 1,
    );
    if (cut < maxChars / 2) cut = window.lastIndexOf(' ');
    if (cut < maxChars / 2) {
      cut = maxChars;
      const entityStart = window.lastIndexOf('&');
      if (entityStart > 0 && entityStart > window.lastIndexOf(';')) cut = entityStart;
    }
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/**
 * Reads a user's Slack message as plain text: drops user mentions (the bot's
 * own `<@U…>` above all), keeps link labels, undoes Slack's escaping.
 */
export function slackTextToPlain(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, '')
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
