// @ts-check
/**
 * The chat page's entry script: restores the conversation, sends questions
 * (Enter sends, Shift+Enter adds a line), streams answers in, and opens cited
 * passages in the viewer.
 */
import { askServer } from './chat-client.js';
import {
  clearConversation,
  loadConversation,
  saveConversation,
  toChatMessages,
} from './conversation-store.js';
import { conversationToMarkdown } from './conversation-export.js';
import { createPassageViewer } from './passage-viewer.js';
import { createAnswerView, renderQuestion } from './render-message.js';

/** @typedef {import('./conversation-store.js').Turn} Turn */

/** @param {string} id @returns {HTMLElement} */
function byId(id) {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}.`);
  return found;
}

const form = /** @type {HTMLFormElement} */ (byId('ask-form'));
const input = /** @type {HTMLTextAreaElement} */ (byId('question'));
const askButton = /** @type {HTMLButtonElement} */ (byId('ask-button'));
const list = byId('messages');
const emptyState = byId('empty-state');
const viewer = createPassageViewer({
  panel: byId('passage-viewer'),
  title: byId('viewer-title'),
  meta: byId('viewer-meta'),
  text: byId('viewer-text'),
  close: byId('viewer-close'),
});

/** @type {Turn[]} */
let turns = loadConversation();
/** @type {AbortController | undefined} */
let inFlight;

/**
 * Scrolls so `item` (and its question, when both fit) is fully visible
 * between the top of the window and the sticky composer, which covers the
 * bottom of the page: `scrollIntoView({ block: 'end' })` would put the answer
 * behind it. An answer taller than that space shows its beginning.
 * @param {Element} item
 */
function reveal(item) {
  const margin = 8;
  const question = item.previousElementSibling;
  const top = (question ?? item).getBoundingClientRect().top;
  const { top: itemTop, bottom } = item.getBoundingClientRect();
  const limit = Math.min(window.innerHeight, form.getBoundingClientRect().top) - margin;
  const room = limit - margin;
  let delta = 0;
  if (bottom - top <= room) delta = top < margin ? top - margin : Math.max(0, bottom - limit);
  else if (bottom - itemTop <= room) delta = bottom - limit;
  else delta = itemTop - margin;
  if (delta !== 0) window.scrollBy({ top: delta, behavior: 'instant' });
}

const showEmptyState = () => {
  emptyState.hidden = turns.length > 0;
};

/** @param {Turn} turn */
function renderTurn(turn) {
  if (turn.role === 'user') return { item: renderQuestion(turn.content), shown: Promise.resolve() };
  const view = createAnswerView(viewer.open);
  const shown = turn.response
    ? view.showResponse(turn.response)
    : Promise.resolve(view.showError(turn.error ?? 'No answer.'));
  return { item: view.item, shown };
}

/** @param {string} question */
async function send(question) {
  if (inFlight || question.trim() === '') return;
  const controller = new AbortController();
  inFlight = controller;
  askButton.disabled = true;
  turns.push({ role: 'user', content: question });
  saveConversation(turns);
  input.value = '';
  const view = createAnswerView(viewer.open);
  list.append(renderQuestion(question), view.item);
  showEmptyState();
  reveal(view.item);
  let streamed = '';
  /** @type {Turn} */
  let answer;
  try {
    const response = await askServer({
      messages: toChatMessages(turns),
      signal: controller.signal,
      onDelta: (text) => {
        streamed += text;
        view.showStreaming(streamed);
      },
    });
    answer = { role: 'assistant', content: response.answer, response };
    await view.showResponse(response);
  } catch (error) {
    if (controller.signal.aborted) return;
    const message = error instanceof Error ? error.message : String(error);
    answer = { role: 'assistant', content: '', error: message };
    view.showError(message);
  } finally {
    if (inFlight === controller) inFlight = undefined;
    askButton.disabled = false;
  }
  turns.push(answer);
  saveConversation(turns);
  reveal(view.item);
}

function startOver() {
  inFlight?.abort();
  inFlight = undefined;
  askButton.disabled = false;
  turns = [];
  clearConversation();
  list.replaceChildren();
  viewer.hide();
  showEmptyState();
  input.focus();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void send(input.value);
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});
byId('new-conversation').addEventListener('click', startOver);
byId('export-conversation').addEventListener('click', () => {
  const markdown = conversationToMarkdown(turns);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown' }));
  link.download = 'sourced-conversation.md';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});
document.querySelectorAll('button.example').forEach((example) => {
  example.addEventListener(
    'click',
    () => void send(/** @type {HTMLElement} */ (example).dataset.question ?? ''),
  );
});

const restored = turns.map(renderTurn);
list.replaceChildren(...restored.map(({ item }) => item));
showEmptyState();
void Promise.all(restored.map(({ shown }) => shown)).then(() => {
  if (list.lastElementChild) reveal(list.lastElementChild);
});
input.focus();
