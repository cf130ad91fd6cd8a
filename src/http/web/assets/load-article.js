// @ts-check
/**
 * Fetches an article (`GET /api/documents/:docId`) once per page and keeps
 * it: the passage viewer and the sources' context both read from it.
 */

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
    article = fetch(`/api/documents/${encodeURIComponent(docId)}`).then(async (response) => {
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
 * The passage around a quote: the kept paragraph (or metadata line) holding
 * it, cut to about CONTEXT_CHARS on each side at word boundaries. Undefined
 * when the quote is the whole paragraph, so there is nothing to add.
 * @param {Article} article
 * @param {Span} quote
 * @returns {{ before: string, quote: string, after: string } | undefined}
 */
export function passageAround(article, quote) {
  const { text } = article;
  const holder = [...(article.paragraphs ?? []), ...(article.metadata ?? [])].find(
    (span) => span.start <= quote.start && quote.end <= span.end,
  ) ?? { start: quote.start, end: quote.end };
  let before = text.slice(holder.start, quote.start);
  let after = text.slice(quote.end, holder.end);
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
