/**
 * The chat page's server-rendered markup. `/assets/chat.js` brings it to
 * life: it sends questions, streams answers in, and opens cited passages in
 * the viewer beside the conversation.
 */
import { Layout } from './layout.js';

/** `examples`: questions drawn from the indexed articles, offered on an empty conversation. */
export function ChatPage({ examples }: { examples: string[] }) {
  return (
    <Layout title="Chat" section="chat" scripts={['/assets/chat.js']}>
      <main class="chat-layout">
        <section class="chat" aria-label="Conversation">
          <div class="chat-toolbar">
            <div>
              <h1>Ask the articles</h1>
              <p class="hint">
                Answers come only from the indexed articles, and every claim cites its passage.
              </p>
            </div>
            <div class="toolbar-buttons">
              <button type="button" id="export-conversation" class="secondary">
                Export as Markdown
              </button>
              <button type="button" id="new-conversation" class="secondary">
                New conversation
              </button>
            </div>
          </div>
          <noscript>
            <p class="notice">
              The chat needs JavaScript. The <a href="/documents">documents</a> work without it.
            </p>
          </noscript>
          <div id="empty-state" class="empty-state">
            <p>Try one of these, drawn from the indexed articles:</p>
            <ul class="examples">
              {examples.map((question) => (
                <li>
                  <button type="button" class="example" data-question={question}>
                    {question}
                  </button>
                </li>
              ))}
            </ul>
          </div>
          <ol id="messages" class="messages" aria-live="polite" aria-label="Messages"></ol>
          <form id="ask-form" class="ask-form">
            <label for="question" class="visually-hidden">
              Your question
            </label>
            <textarea
              id="question"
              name="question"
              rows={2}
              placeholder="Ask about the articles…"
              required
            ></textarea>
            <button type="submit" id="ask-button">
              Ask
            </button>
            <p class="keys">Enter sends · Shift+Enter adds a line</p>
          </form>
        </section>
        <aside id="passage-viewer" class="passage-viewer" aria-labelledby="viewer-title" hidden>
          <header class="viewer-header">
            <div>
              <h2 id="viewer-title">Source</h2>
              <p id="viewer-meta" class="meta"></p>
            </div>
            <button
              type="button"
              id="viewer-close"
              class="secondary"
              aria-label="Close the passage"
            >
              Close
            </button>
          </header>
          <div
            id="viewer-text"
            class="article-text"
            tabindex={0}
            role="region"
            aria-label="Article text"
          ></div>
        </aside>
      </main>
    </Layout>
  );
}
