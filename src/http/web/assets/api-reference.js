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
  deepLinking: true,
});
