// @ts-check
/**
 * The panel that opens a cited passage inside its article: fetches the
 * document once, shows its full text with the quote highlighted at the
 * citation's offsets, and scrolls to it.
 */
import { authorizationHeader, savedApiKey } from './api-key.js';

/** @typedef {import('./chat-client.js').Citation} Citation */
/** @typedef {{ title: string, date: string | null, source: string | null, text: string }} ArticleBody */

/**
 * The quote's range in the text: the citation's offsets when they hold the
 * quote (they should), else the quote's first occurrence.
 * @param {string} text
 * @param {Citation} citation
 * @returns {[number, number] | undefined}
 */
export function locateQuote(text, { quote, start, end }) {
  if (text.slice(start, end) === quote) return [start, end];
  const found = text.indexOf(quote);
  return found === -1 ? undefined : [found, found + quote.length];
}

/**
 * @param {{ panel: HTMLElement, title: HTMLElement, meta: HTMLElement, text: HTMLElement, close: HTMLElement }} parts
 */
export function createPassageViewer({ panel, title, meta, text, close }) {
  /** @type {Map<string, Promise<ArticleBody>>} */
  const articles = new Map();
  /** @type {HTMLElement | undefined} */
  let opener;
  /** Which open() is current, so a slow earlier fetch cannot overwrite a later passage. */
  let opened = 0;

  /** @param {string} docId @returns {Promise<ArticleBody>} */
  const loadArticle = (docId) => {
    let article = articles.get(docId);
    if (!article) {
      article = fetch(`/api/documents/${encodeURIComponent(docId)}`, {
        // The key the chat asked for, when the server has API keys.
        headers: authorizationHeader(savedApiKey()),
      }).then(async (response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        return /** @type {Promise<ArticleBody>} */ (response.json());
      });
      article.catch(() => articles.delete(docId));
      articles.set(docId, article);
    }
    return article;
  };

  const hide = () => {
    panel.hidden = true;
    document.body.classList.remove('viewer-open');
    opener?.focus();
    opener = undefined;
  };
  close.addEventListener('click', hide);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) hide();
  });

  return {
    hide,
    /** @param {Citation} citation @param {HTMLElement} [link] */
    async open(citation, link) {
      const ticket = ++opened;
      opener = link;
      panel.hidden = false;
      document.body.classList.add('viewer-open');
      title.textContent = citation.title;
      meta.textContent = [citation.date, citation.source, `[${citation.n}]`]
        .filter(Boolean)
        .join(' · ');
      text.replaceChildren('Loading the article…');
      try {
        const article = await loadArticle(citation.docId);
        if (ticket !== opened) return;
        const range = locateQuote(article.text, citation);
        if (!range) {
          text.replaceChildren(article.text);
          return;
        }
        const mark = document.createElement('mark');
        mark.id = 'passage';
        mark.textContent = article.text.slice(range[0], range[1]);
        text.replaceChildren(article.text.slice(0, range[0]), mark, article.text.slice(range[1]));
        mark.scrollIntoView({ block: 'center' });
        text.focus({ preventScroll: true });
      } catch (error) {
        if (ticket !== opened) return;
        const reason = error instanceof Error ? error.message : String(error);
        text.replaceChildren(`Could not load the article: ${reason}.`);
      }
    },
  };
}
