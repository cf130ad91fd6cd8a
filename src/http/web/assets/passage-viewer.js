// @ts-check
/**
 * The panel that opens a cited passage inside its article: shows the article
 * as ingestion cleaned it (furniture it removed is folded away and marked as
 * not part of the article), the quote highlighted at the citation's offsets
 * and scrolled to.
 */
import { segmentArticle } from './article-segments.js';
import { loadArticle, locateQuote } from './load-article.js';

/** @typedef {import('./chat-client.js').Citation} Citation */
/** @typedef {import('./article-segments.js').Segment} Segment */

export { locateQuote };

/**
 * The DOM of an article's segments: kept text as paragraphs, furniture in a
 * closed `<details>` labelled as not part of the article.
 * @param {Segment[]} segments
 * @returns {HTMLElement[]}
 */
export function renderSegments(segments) {
  return segments.map((segment) => {
    const paragraph = document.createElement('p');
    paragraph.append(
      ...segment.pieces.map((piece) => {
        if (!piece.marked) return piece.text;
        const mark = document.createElement('mark');
        mark.textContent = piece.text;
        return mark;
      }),
    );
    if (segment.kind === 'kept') return paragraph;
    const details = document.createElement('details');
    details.className = 'furniture';
    const summary = document.createElement('summary');
    summary.textContent = 'Not part of the article (removed when indexing)';
    details.append(summary, paragraph);
    if (paragraph.querySelector('mark')) details.open = true;
    return details;
  });
}

/**
 * @param {{ panel: HTMLElement, title: HTMLElement, meta: HTMLElement, text: HTMLElement, close: HTMLElement }} parts
 */
export function createPassageViewer({ panel, title, meta, text, close }) {
  /** @type {HTMLElement | undefined} */
  let opener;
  /** Which open() is current, so a slow earlier fetch cannot overwrite a later passage. */
  let opened = 0;

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
        const kept = [...(article.paragraphs ?? []), ...(article.metadata ?? [])];
        const segments = segmentArticle({
          text: article.text,
          title: article.title,
          kept: kept.length > 0 ? kept : [{ start: 0, end: article.text.length }],
          highlight: range,
        });
        text.replaceChildren(...renderSegments(segments));
        const mark = text.querySelector('mark');
        if (!mark) return;
        mark.id = 'passage';
        // Scroll the article text only: scrollIntoView would move the conversation too.
        const offset = mark.getBoundingClientRect().top - text.getBoundingClientRect().top;
        text.scrollTop = Math.max(0, text.scrollTop + offset - text.clientHeight / 3);
        text.focus({ preventScroll: true });
      } catch (error) {
        if (ticket !== opened) return;
        const reason = error instanceof Error ? error.message : String(error);
        text.replaceChildren(`Could not load the article: ${reason}.`);
      }
    },
  };
}
