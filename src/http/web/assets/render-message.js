// @ts-check
/**
 * Builds the DOM of one message: the reader's question, or an answer with
 * `[n]` markers linked to their passages, a sources list, and a distinct look
 * for refusals and errors. Text is only ever set as text, never as HTML.
 */

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
  const link = element(
    'a',
    { class: className, href: citationHref(citation), 'data-n': String(citation.n) },
    [text],
  );
  link.addEventListener('click', (event) => {
    event.preventDefault();
    onCite(citation, link);
  });
  return link;
}

/**
 * The answer text with each `[n]` that has a citation turned into a link.
 * @param {ChatResponse} response
 * @param {OnCite} onCite
 */
function answerParagraph(response, onCite) {
  const paragraph = element('p', { class: 'answer' });
  const byNumber = new Map(response.citations.map((citation) => [citation.n, citation]));
  let last = 0;
  for (const match of response.answer.matchAll(/\[(\d+)\]/gu)) {
    const citation = byNumber.get(Number(match[1]));
    if (!citation) continue;
    paragraph.append(
      response.answer.slice(last, match.index),
      citationLink(citation, match[0], 'cite', onCite),
    );
    last = match.index + match[0].length;
  }
  paragraph.append(response.answer.slice(last));
  return paragraph;
}

/** @param {Citation} citation @param {OnCite} onCite */
function sourceItem(citation, onCite) {
  const meta = [citation.date, citation.source].filter(Boolean).join(' · ');
  return element('li', { value: String(citation.n) }, [
    citationLink(citation, citation.title, 'source-title', onCite),
    meta ? element('span', { class: 'meta' }, [` ${meta}`]) : '',
    element('blockquote', {}, [citation.quote]),
  ]);
}

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
    /** @param {ChatResponse} response */
    showResponse(response) {
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
        settle('refused', [
          element('p', { class: 'refusal-label' }, ['Not in the documents']),
          answerParagraph(response, onCite),
          ...notes,
        ]);
        return;
      }
      const sources = response.citations.length
        ? [
            element('h3', { class: 'sources-heading' }, ['Sources']),
            element(
              'ol',
              { class: 'sources' },
              response.citations.map((citation) => sourceItem(citation, onCite)),
            ),
          ]
        : [];
      settle('', [answerParagraph(response, onCite), ...sources, ...notes]);
    },
    /** @param {string} message */
    showError(message) {
      settle('error', [element('p', { class: 'error-message', role: 'alert' }, [message])]);
    },
  };
}
