/**
 * The documents view: every indexed article with its date, source and how
 * many chunks it was split into, each linking to its full text.
 */
import type { DocumentSummary } from '../response-schemas.js';
import { Layout } from './layout.js';

/** Upload and delete controls, shown once an admin key is entered (`documents-admin.js`). */
function AdminTools() {
  return (
    <section class="admin-tools" aria-labelledby="admin-heading">
      <h2 id="admin-heading">Manage documents</h2>
      <form id="admin-key-form" class="admin-key">
        <label for="admin-key">Admin key</label>
        <input id="admin-key" type="password" autocomplete="off" placeholder="ADMIN_TOKEN" />
        <button type="submit">Use key</button>
        <button type="button" id="admin-forget" class="admin-only" hidden>
          Forget key
        </button>
      </form>
      <div id="upload-zone" class="upload-zone admin-only" hidden>
        <p>
          Drop HTML, PDF, Word (.docx), text or Markdown files here, or{' '}
          <label class="file-label">
            choose files
            <input
              id="upload-input"
              type="file"
              multiple
              accept=".html,.htm,.pdf,.docx,.txt,.md,.markdown"
            />
          </label>
          .
        </p>
        <progress id="upload-progress" max="100" value="0" hidden></progress>
      </div>
      <ul id="admin-status" class="admin-status" aria-live="polite"></ul>
    </section>
  );
}

export function DocumentsPage({ documents }: { documents: DocumentSummary[] }) {
  const chunks = documents.reduce((total, document) => total + document.chunks, 0);
  return (
    <Layout title="Documents" section="documents" scripts={['/assets/documents-admin.js']}>
      <main class="page">
        <h1>Documents</h1>
        <p class="hint">
          {`${documents.length} ${documents.length === 1 ? 'article' : 'articles'} indexed, ${chunks} chunks.`}
        </p>
        <AdminTools />
        <div class="table-scroll">
          <table class="documents">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Date</th>
                <th scope="col">Source</th>
                <th scope="col" class="number">
                  Chunks
                </th>
                <th scope="col" class="admin-only" hidden>
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {documents.map((document) => (
                <tr>
                  <td>
                    <a href={`/documents/${encodeURIComponent(document.docId)}`}>
                      {document.title}
                    </a>
                  </td>
                  <td>{document.date ?? '—'}</td>
                  <td>{document.source ?? '—'}</td>
                  <td class="number">{document.chunks}</td>
                  <td class="admin-only" hidden>
                    <button type="button" class="delete-document" data-doc-id={document.docId}>
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </main>
    </Layout>
  );
}
