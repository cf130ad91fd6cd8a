/**
 * One article as ingestion cleaned it, with `text.slice(start, end)`
 * highlighted: where a citation link leads when the page's script is not
 * running. Furniture ingestion removed is folded away and marked as not part
 * of the article, as in the chat page's viewer.
 */
import { segmentArticle } from './assets/article-segments.js';
import type { Article } from '../response-schemas.js';
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

function ArticleText({ document, highlight }: { document: Article; highlight?: Highlight }) {
  const kept = [...document.paragraphs, ...document.metadata];
  const segments = segmentArticle({
    text: document.text,
    title: document.title,
    kept: kept.length > 0 ? kept : [{ start: 0, end: document.text.length }],
    highlight,
  });
  let marked = false;
  const paragraph = (pieces: (typeof segments)[number]['pieces']) => (
    <p>
      {pieces.map((piece) => {
        if (!piece.marked) return piece.text;
        const id = marked ? undefined : 'passage';
        marked = true;
        return <mark id={id}>{piece.text}</mark>;
      })}
    </p>
  );
  return (
    <div class="article-text">
      {segments.map((segment) =>
        segment.kind === 'kept' ? (
          paragraph(segment.pieces)
        ) : (
          <details class="furniture" open={segment.pieces.some((piece) => piece.marked)}>
            <summary>Not part of the article (removed when indexing)</summary>
            {paragraph(segment.pieces)}
          </details>
        ),
      )}
    </div>
  );
}

export function ArticlePage({ document, highlight }: { document: Article; highlight?: Highlight }) {
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
        <ArticleText document={document} highlight={highlight} />
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
