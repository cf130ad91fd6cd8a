/**
 * The documents view: every indexed article with its date, source and how
 * many chunks it was split into, each linking to its full text.
 */
import type { DocumentSummary } from '../response-schemas.js';
import { Layout } from './layout.js';

export function DocumentsPage({ documents }: { documents: DocumentSummary[] }) {
  const chunks = documents.reduce((total, document) => total + document.chunks, 0);
  return (
    <Layout title="Documents" section="documents">
      <main class="page">
        <h1>Documents</h1>
        <p class="hint">
          {`${documents.length} ${documents.length === 1 ? 'article' : 'articles'} indexed, ${chunks} chunks.`}
        </p>
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
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </main>
    </Layout>
  );
}
