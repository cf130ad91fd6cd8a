// @ts-check
/**
 * Builds the DOM of one message: the reader's question, or an answer as the
 * answer engine composes it (a short lead, then the cited sentences, each
 * `[n]` linked to its passage), with sources that add what the answer does
 * not show: the article's title, date and publisher and the passage around
 * the quote. Refusals show their reason; errors show inline. Text is only
 * ever set as text, never as HTML.
 */
import { answerWithFootnotes } from './conversation-export.js';
import { loadArticle, locateQuote, passageAround } from './load-article.js';
import { parseAnswer } from './parse-answer.js';

/** @typedef {import('./chat-client.js').Citation} Citation */
/** @typedef {import('./chat-client.js').ChatResponse} ChatResponse */
/** @typedef {(citation: Citation, link: HTMLElement) => void} OnCite */

/**
 * @param {string} tag
 * @param {Record<string, string>} [attributes]
 * @param {(Node | string)[]} [children]
 */
function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * Where a citation leads without the script: the article page, passage highlighted.
 * @param {Citation} citation
 */
export function citationHref(citation) {
  return `/documents/${encodeURIComponent(citation.docId)}?start=${citation.start}&end=${citation.end}#passage`;
}

/** @param {Citation} citation @param {string} text @param {string} className @param {OnCite} onCite */
function citationLink(citation, text, className, onCite) {
  const attributes = {
    class: className,
    href: citationHref(citation),
    'data-n': String(citation.n),
  };
  if (className === 'cite')
    Object.assign(attributes, { 'aria-label': `Source ${citation.n}: ${citation.title}` });
  const link = element('a', attributes, [text]);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    onCite(citation, link);
  });
  return link;
}

/**
 * Text with each `[n]` that has a citation turned into a link.
 * @param {string} text @param {Map<number, Citation>} byNumber @param {OnCite} onCite
 * @returns {(Node | string)[]}
 */
function withCitations(text, byNumber, onCite) {
  /** @type {(Node | string)[]} */
  const nodes = [];
  let last = 0;
  for (const match of text.matchAll(/\[(\d+)\]/gu)) {
    const citation = byNumber.get(Number(match[1]));
    if (!citation) continue;
    nodes.push(text.slice(last, match.index), citationLink(citation, match[0], 'cite', onCite));
    last = match.index + match[0].length;
  }
  nodes.push(text.slice(last));
  return nodes.filter((node) => node !== '');
}

/**
 * The answer as composed: lead (a line, or a line and its items), then the cited sentences.
 * @param {ChatResponse} response @param {OnCite} onCite
 */
function answerBody(response, onCite) {
  const byNumber = new Map(response.citations.map((citation) => [citation.n, citation]));
  const { lead, items, body } = parseAnswer(response.answer);
  const cited = (/** @type {string} */ text) => withCitations(text, byNumber, onCite);
  const parts = [];
  if (lead !== undefined) parts.push(element('p', { class: 'lead' }, cited(lead)));
  if (items.length > 0)
    parts.push(
      element(
        'ul',
        { class: 'items' },
        items.map((item) => element('li', {}, cited(item))),
      ),
    );
  for (const paragraph of body) parts.push(element('p', { class: 'answer' }, cited(paragraph)));
  return element('div', { class: 'answer-body' }, parts);
}

/**
 * The passage around each citation's quote, from its article; a citation
 * whose article does not load in time simply has none.
 * @param {Citation[]} citations
 * @param {number} [timeoutMs]
 * @returns {Promise<Map<number, ReturnType<typeof passageAround>>>}
 */
async function loadContexts(citations, timeoutMs = 3000) {
  const contexts = new Map();
  const loads = citations.map(async (citation) => {
    const article = await loadArticle(citation.docId);
    const range = locateQuote(article.text, citation);
    contexts.set(citation.n, range && passageAround(article, range));
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, timeoutMs));
  await Promise.race([Promise.allSettled(loads), timeout]);
  return contexts;
}

/**
 * @param {Citation} citation
 * @param {ReturnType<typeof passageAround>} around
 * @param {OnCite} onCite
 */
function sourceItem(citation, around, onCite) {
  const meta = [citation.date, citation.source].filter(Boolean).join(' · ');
  return element('li', { value: String(citation.n), 'data-n': String(citation.n) }, [
    citationLink(citation, citation.title, 'source-title', onCite),
    meta ? element('span', { class: 'meta' }, [` · ${meta}`]) : '',
    around
      ? element('p', { class: 'context' }, [
          around.before,
          element('mark', {}, [around.quote]),
          around.after,
        ])
      : '',
  ]);
}

/**
 * Copies the answer with its citations as footnotes; says so on the button.
 * @param {ChatResponse} response
 */
function copyButton(response) {
  const button = element('button', { type: 'button', class: 'secondary copy-answer' }, [
    'Copy answer',
  ]);
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(answerWithFootnotes(response)).then(
      () => (button.textContent = 'Copied'),
      () => (button.textContent = 'Copy failed'),
    );
    setTimeout(() => (button.textContent = 'Copy answer'), 2000);
  });
  return button;
}

const REFUSAL_PREFIX = "I couldn't find that in the documents.";

/** @param {string} question */
export function renderQuestion(question) {
  return element('li', { class: 'message user' }, [element('p', {}, [question])]);
}

/**
 * An answer's list item, which can show streamed text, then the final
 * response or an error.
 * @param {OnCite} onCite
 */
export function createAnswerView(onCite) {
  const item = element('li', { class: 'message assistant pending', 'aria-busy': 'true' }, [
    element('p', { class: 'answer' }, ['Searching the articles…']),
  ]);
  const settle = (/** @type {string} */ state, /** @type {(Node | string)[]} */ children) => {
    item.className = `message assistant ${state}`.trim();
    item.removeAttribute('aria-busy');
    item.replaceChildren(...children);
  };
  return {
    item,
    /** @param {string} text */
    showStreaming(text) {
      item.className = 'message assistant streaming';
      item.replaceChildren(element('p', { class: 'answer' }, [text]));
    },
    /**
     * Resolves once shown: the sources wait (briefly) for their articles, so
     * the answer does not grow after it has been scrolled into view.
     * @param {ChatResponse} response
     */
    async showResponse(response) {
      const notes = [];
      if (response.fallback)
        notes.push(
          element('p', { class: 'note' }, [
            `Answered without the language model (${response.fallback}).`,
          ]),
        );
      if (response.citationsDropped) {
        notes.push(
          element('p', { class: 'note' }, [
            `${response.citationsDropped} unsupported citation(s) removed.`,
          ]),
        );
      }
      if (response.refused) {
        const reason = response.answer.startsWith(REFUSAL_PREFIX)
          ? response.answer.slice(REFUSAL_PREFIX.length).trim()
          : response.answer;
        settle('refused', [
          element('h2', { class: 'refusal-label' }, ['Not in the documents']),
          element('p', { class: 'refusal-reason' }, [reason || REFUSAL_PREFIX]),
          ...notes,
        ]);
        return;
      }
      const contexts = await loadContexts(response.citations);
      const sources = response.citations.length
        ? [
            element('h3', { class: 'sources-heading' }, ['Sources']),
            element(
              'ol',
              { class: 'sources' },
              response.citations.map((citation) =>
                sourceItem(citation, contexts.get(citation.n), onCite),
              ),
            ),
          ]
        : [];
      settle('', [
        element('h2', { class: 'visually-hidden' }, ['Answer']),
        answerBody(response, onCite),
        ...sources,
        ...notes,
        element('div', { class: 'answer-actions' }, [copyButton(response)]),
      ]);
    },
    /** @param {string} message */
    showError(message) {
      settle('error', [element('p', { class: 'error-message', role: 'alert' }, [message])]);
    },
  };
}
