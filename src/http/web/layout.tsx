/**
 * The HTML shell every page shares: head, stylesheet, site header and nav.
 * Scripts are external modules only, so the strict CSP holds.
 */
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';

export type Section = 'chat' | 'documents';

export interface LayoutProps {
  title: string;
  section?: Section;
  /** Module scripts under `/assets/`. */
  scripts?: string[];
  children?: Child;
}

export function Layout({ title, section, scripts = [], children }: LayoutProps) {
  const link = (href: string, label: string, name: Section | 'api') => (
    <a href={href} aria-current={name === section ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} · sourced`}</title>
          <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
          <link rel="stylesheet" href="/assets/app.css" />
          {scripts.map((src) => (
            <script type="module" src={src}></script>
          ))}
        </head>
        <body>
          <header class="site-header">
            <a class="brand" href="/">
              sourced
            </a>
            <nav aria-label="Site">
              {link('/', 'Chat', 'chat')}
              {link('/documents', 'Documents', 'documents')}
              {link('/docs', 'API', 'api')}
            </nav>
          </header>
          {children}
        </body>
      </html>
    </>
  );
}
