/**
 * HTML articles: Mozilla's Readability over a linkedom DOM keeps the
 * article and drops navigation, comments, cookie banners and related-story
 * lists; title, author, publisher and date come from the page's own metadata
 * (JSON-LD NewsArticle, og:*, article:published_time, <title>).
 * linkedom was measured against jsdom on the fixtures: same text, ~4× faster.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { composePlainText, isoDateOf } from './compose-plain-text.js';
import { unprocessable, type ExtractedText } from './document-formats.js';

const named = z.union([z.string(), z.object({ name: z.string() }).loose()]);
const newsArticleSchema = z
  .object({
    '@type': z.union([z.string(), z.array(z.string())]),
    headline: z.string().optional(),
    datePublished: z.string().optional(),
    author: z.union([named, z.array(named)]).optional(),
    publisher: named.optional(),
  })
  .loose();
type NewsArticle = z.infer<typeof newsArticleSchema>;

const nameOf = (value: z.infer<typeof named> | undefined) =>
  value === undefined ? null : typeof value === 'string' ? value : value.name;

function findNewsArticle(document: Document): NewsArticle | null {
  for (const script of Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  )) {
    let json: unknown;
    try {
      json = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const candidates = Array.isArray(json) ? json : [json];
    for (const candidate of candidates) {
      const parsed = newsArticleSchema.safeParse(candidate);
      if (!parsed.success) continue;
      const types = [parsed.data['@type']].flat();
      if (types.some((type) => /Article$/u.test(type))) return parsed.data;
    }
  }
  return null;
}

function meta(document: Document, key: string): string | null {
  const element =
    document.querySelector(`meta[property="${key}"]`) ??
    document.querySelector(`meta[name="${key}"]`);
  return element?.getAttribute('content')?.trim() || null;
}

/** Paragraph texts of Readability's article HTML, block by block. */
function paragraphsOf(articleHtml: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${articleHtml}</body></html>`);
  const blocks = document.querySelectorAll('p, h2, h3, h4, h5, h6, li, blockquote, pre');
  const texts = Array.from(blocks)
    .filter((block) => !block.querySelector('p, li'))
    .map((block) => block.textContent ?? '');
  return texts.length > 0 ? texts : [document.body.textContent ?? ''];
}

export function extractHtml(html: string): ExtractedText {
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the DOM it parses.
  const article = findNewsArticle(document);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  const ogTitle = meta(document, 'og:title');
  const siteName = meta(document, 'og:site_name');
  const published = meta(document, 'article:published_time');
  const metaAuthor = meta(document, 'author');
  const parsed = new Readability(document as unknown as Document).parse();
  const paragraphs = parsed?.content ? paragraphsOf(parsed.content) : [];
  const words = paragraphs.join(' ').split(/\s+/u).filter(Boolean).length;
  if (!parsed || words < 20) {
    throw unprocessable(
      'The HTML page has no article text (nothing but navigation, forms or links).',
    );
  }
  const authors = [article?.author]
    .flat()
    .map(nameOf)
    .filter((name): name is string => Boolean(name));
  const title = article?.headline ?? ogTitle ?? parsed.title ?? pageTitle;
  const source = nameOf(article?.publisher) ?? siteName ?? parsed.siteName ?? null;
  const date = isoDateOf(article?.datePublished ?? published ?? parsed.publishedTime);
  const author = authors.join(', ') || metaAuthor || parsed.byline || null;
  // Readability keeps a byline paragraph inside the article; the header states it once.
  const body = paragraphs.filter(
    (paragraph, index) => !(index === 0 && /^\s*By\s/u.test(paragraph)),
  );
  return {
    text: composePlainText({ title, author, source, date, paragraphs: body }),
    title,
    date,
    source,
  };
}
