// @ts-check
/**
 * Starts Swagger UI on `/docs` (an external script, so the page needs no
 * inline one). `SwaggerUIBundle` is the global of swagger-ui-bundle.js.
 */
const root = document.getElementById('swagger-ui');
const { SwaggerUIBundle } = /** @type {any} */ (window);
SwaggerUIBundle({
  url: root?.dataset.url ?? '/openapi.json',
  dom_id: '#swagger-ui',
  // Deep links put a link inside each operation's toggle button (nested controls, which
  // keyboard and screen-reader users cannot operate separately).
  deepLinking: false,
});
