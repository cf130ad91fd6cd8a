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

const showEmptyState = () => {
  emptyState.hidden = turns.length > 0;
};

/** @param {Turn} turn */
function renderTurn(turn) {
  if (turn.role === 'user') return renderQuestion(turn.content);
  const view = createAnswerView(viewer.open);
  if (turn.response) view.showResponse(turn.response);
  else view.showError(turn.error ?? 'No answer.');
  return view.item;
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
  view.item.scrollIntoView({ block: 'end' });
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
    view.showResponse(response);
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
  view.item.scrollIntoView({ block: 'end' });
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
document.querySelectorAll('button.example').forEach((example) => {
  example.addEventListener(
    'click',
    () => void send(/** @type {HTMLElement} */ (example).dataset.question ?? ''),
  );
});

list.replaceChildren(...turns.map(renderTurn));
showEmptyState();
list.lastElementChild?.scrollIntoView({ block: 'end' });
input.focus();
