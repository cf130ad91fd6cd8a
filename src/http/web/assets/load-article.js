// @ts-check
/**
 * Fetches an article (`GET /api/documents/:docId`) once per page and keeps
 * it: the passage viewer and the sources' context both read from it.
 */

import { authorizationHeader, savedApiKey } from './api-key.js';

/** @typedef {{ start: number, end: number }} Span */
/**
 * @typedef {{ docId: string, title: string, date: string | null, source: string | null,
 *   text: string, paragraphs: Span[], metadata: Span[] }} Article
 */

/** @type {Map<string, Promise<Article>>} */
const articles = new Map();

/** @param {string} docId @returns {Promise<Article>} */
export function loadArticle(docId) {
  let article = articles.get(docId);
  if (!article) {
    article = fetch(`/api/documents/${encodeURIComponent(docId)}`, {
      // The key the chat asked for, when the server has API keys.
      headers: authorizationHeader(savedApiKey()),
    }).then(async (response) => {
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      return /** @type {Promise<Article>} */ (response.json());
    });
    article.catch(() => articles.delete(docId));
    articles.set(docId, article);
  }
  return article;
}

/**
 * The quote's range in the text: the citation's offsets when they hold the
 * quote (they should), else the quote's first occurrence.
 * @param {string} text
 * @param {{ quote: string, start: number, end: number }} citation
 * @returns {Span | undefined}
 */
export function locateQuote(text, { quote, start, end }) {
  if (text.slice(start, end) === quote) return { start, end };
  const found = text.indexOf(quote);
  return found === -1 ? undefined : { start: found, end: found + quote.length };
}

const CONTEXT_CHARS = 220;

/**
 * The passage around a quote: the rest of the kept paragraph (or metadata
 * line) holding it, reaching into the neighbouring paragraph where that is
 * short (a one-sentence paragraph), cut to about CONTEXT_CHARS on each side
 * at word boundaries. Undefined when there is nothing around the quote.
 * @param {Article} article
 * @param {Span} quote
 * @returns {{ before: string, quote: string, after: string } | undefined}
 */
export function passageAround(article, quote) {
  const { text } = article;
  const spans = [...(article.paragraphs ?? []), ...(article.metadata ?? [])].sort(
    (a, b) => a.start - b.start,
  );
  const index = spans.findIndex((span) => span.start <= quote.start && quote.end <= span.end);
  const holder = spans[index] ?? quote;
  let before = text.slice(holder.start, quote.start);
  let after = text.slice(quote.end, holder.end);
  const previous = index > 0 ? spans[index - 1] : undefined;
  const next = index >= 0 ? spans[index + 1] : undefined;
  if (before.trim().length < 60 && previous)
    before = `${text.slice(previous.start, previous.end)}\n${before}`;
  if (after.trim().length < 60 && next) after = `${after}\n${text.slice(next.start, next.end)}`;
  if (before.trim() === '' && after.trim() === '') return undefined;
  if (before.length > CONTEXT_CHARS) {
    const cut = before.indexOf(' ', before.length - CONTEXT_CHARS);
    before = `…${before.slice(cut + 1)}`;
  }
  if (after.length > CONTEXT_CHARS) {
    const cut = after.lastIndexOf(' ', CONTEXT_CHARS);
    after = `${after.slice(0, cut)}…`;
  }
  return { before, quote: text.slice(quote.start, quote.end), after };
}
