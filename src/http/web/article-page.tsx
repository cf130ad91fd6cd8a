/**
 * One article's full source text, with `text.slice(start, end)` highlighted:
 * where a citation link leads when the page's script is not running.
 */
import type { DocumentWithText } from '../response-schemas.js';
import { Layout } from './layout.js';

export interface Highlight {
  start: number;
  end: number;
}

/** The highlight when the offsets name a non-empty range inside the text, else undefined. */
export function parseHighlight(text: string, start?: string, end?: string): Highlight | undefined {
  if (start === undefined || end === undefined || !/^\d+$/u.test(start) || !/^\d+$/u.test(end))
    return undefined;
  const range = { start: Number(start), end: Number(end) };
  return range.start < range.end && range.end <= text.length ? range : undefined;
}

export function ArticlePage({
  document,
  highlight,
}: {
  document: DocumentWithText;
  highlight?: Highlight;
}) {
  const { text } = document;
  const meta = [document.date, document.source, `${document.chunks} chunks`]
    .filter(Boolean)
    .join(' · ');
  return (
    <Layout title={document.title} section="documents">
      <main class="page">
        <p>
          <a href="/documents">← All documents</a>
        </p>
        <h1>{document.title}</h1>
        <p class="meta">{meta}</p>
        <div class="article-text">
          {highlight ? (
            <>
              {text.slice(0, highlight.start)}
              <mark id="passage">{text.slice(highlight.start, highlight.end)}</mark>
              {text.slice(highlight.end)}
            </>
          ) : (
            text
          )}
        </div>
      </main>
    </Layout>
  );
}

export function NotFoundPage({ message }: { message: string }) {
  return (
    <Layout title="Not found" section="documents">
      <main class="page">
        <h1>Not found</h1>
        <p>{message}</p>
        <p>
          <a href="/documents">All documents</a>
        </p>
      </main>
    </Layout>
  );
}
