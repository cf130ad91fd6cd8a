/**
 * `GET /openapi.json` (the document) and `GET /docs` (Swagger UI showing it,
 * its files served from the `swagger-ui-dist` package, not a CDN).
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Hono } from 'hono';
import { raw } from 'hono/html';
import { securityHeaders, apiReferenceContentSecurityPolicy } from '../web/security-headers.js';
import { serveFiles } from '../web/serve-files.js';
import type { OpenApiDocument } from './create-openapi-document.js';

const SWAGGER_UI_DIRECTORY = dirname(
  createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'),
);
const SWAGGER_UI_FILES = ['swagger-ui-bundle.js', 'swagger-ui.css', 'favicon-32x32.png'];

function ApiReferencePage() {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>API reference · sourced</title>
          <link rel="icon" href="/docs/assets/favicon-32x32.png" type="image/png" />
          <link rel="stylesheet" href="/docs/assets/swagger-ui.css" />
          <link rel="stylesheet" href="/assets/api-reference.css" />
          <script src="/docs/assets/swagger-ui-bundle.js" defer></script>
          <script src="/assets/api-reference.js" defer></script>
        </head>
        <body class="api-reference">
          <header class="site-header">
            <a class="brand" href="/">
              sourced
            </a>
            <nav aria-label="Site">
              <a href="/">Chat</a>
              <a href="/documents">Documents</a>
              <a href="/docs" aria-current="page">
                API
              </a>
            </nav>
          </header>
          <main>
            <h1 class="visually-hidden">API reference</h1>
            <div id="swagger-ui" data-url="/openapi.json"></div>
          </main>
        </body>
      </html>
    </>
  );
}

/**
 * `document` makes the OpenAPI document; it is called at the first `GET /openapi.json`, not
 * when the app is built (every start and every corpus change builds one; few ask for it).
 */
export function createOpenApiRoutes({ document }: { document: () => OpenApiDocument }) {
  let made: OpenApiDocument | undefined;
  return new Hono()
    .get('/openapi.json', (c) => c.json((made ??= document())))
    .get(
      '/docs',
      securityHeaders({ contentSecurityPolicy: apiReferenceContentSecurityPolicy }),
      (c) => c.html(<ApiReferencePage />),
    )
    .get(
      '/docs/assets/:file',
      serveFiles({
        directory: SWAGGER_UI_DIRECTORY,
        files: SWAGGER_UI_FILES,
        cacheControl: 'public, max-age=86400',
      }),
    );
}
