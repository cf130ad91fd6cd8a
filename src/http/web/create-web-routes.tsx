/**
 * The browser door: the chat page at `/`, the documents view, one article
 * with a highlighted passage, and the pages' own scripts and stylesheet.
 */
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { Chunk, SourceDocument } from '../../ingest/document-types.js';
import { createDocumentSummarizer } from '../document-summaries.js';
import { ArticlePage, NotFoundPage, parseHighlight } from './article-page.js';
import { ChatPage } from './chat-page.js';
import { DocumentsPage } from './documents-page.js';
import { createExampleQuestions } from './example-questions.js';
import { serveFiles } from './serve-files.js';

/** Everything under `/assets/`; other names are 404s. */
export const WEB_ASSETS = [
  'app.css',
  'favicon.svg',
  'chat.js',
  'chat-client.js',
  'api-key.js',
  'read-events.js',
  'render-message.js',
  'parse-answer.js',
  'load-article.js',
  'article-segments.js',
  'conversation-export.js',
  'conversation-store.js',
  'passage-viewer.js',
  'api-reference.js',
  'documents-admin.js',
  'api-reference.css',
] as const;

const ASSETS_DIRECTORY = fileURLToPath(new URL('./assets/', import.meta.url));

export function createWebRoutes({
  documents,
  chunks,
}: {
  documents: SourceDocument[];
  chunks: Chunk[];
}) {
  const summarize = createDocumentSummarizer({ chunks });
  return (
    new Hono()
      // Drawn per request, so they follow the documents when the list changes.
      .get('/', (c) => c.html(<ChatPage examples={createExampleQuestions(documents)} />))
      .get('/documents', (c) => c.html(<DocumentsPage documents={documents.map(summarize)} />))
      .get('/documents/:docId', (c) => {
        const docId = c.req.param('docId');
        const document = documents.find((candidate) => candidate.docId === docId);
        if (!document)
          return c.html(<NotFoundPage message={`No document with id "${docId}".`} />, 404);
        const highlight = parseHighlight(
          document.fileText,
          c.req.query('start'),
          c.req.query('end'),
        );
        return c.html(
          <ArticlePage
            document={{
              ...summarize(document),
              text: document.fileText,
              paragraphs: document.paragraphs,
              metadata: document.metadata,
            }}
            highlight={highlight}
          />,
        );
      })
      .get('/assets/:file', serveFiles({ directory: ASSETS_DIRECTORY, files: WEB_ASSETS }))
  );
}
