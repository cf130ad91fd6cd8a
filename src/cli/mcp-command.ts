/**
 * `npm run mcp`: sourced as an MCP server on stdin/stdout. Builds the index
 * first when it is missing or stale (progress and logs on stderr).
 */
import { loadConfig } from '../config/load-config.js';
import { createDeps } from '../deps.js';
import { createDocumentCatalog } from '../mcp/document-catalog.js';
import { createMcpServer } from '../mcp/create-mcp-server.js';
import { serveStdio } from '../mcp/serve-stdio.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const deps = await createDeps(config);
  const server = createMcpServer({
    assistant: deps.assistant,
    retriever: deps.retriever,
    catalog: createDocumentCatalog({ documents: deps.documents, chunks: deps.index.chunks }),
    logger: deps.logger,
  });
  await serveStdio(server);
  deps.logger.info('sourced MCP server is answering on stdio', {
    documents: deps.documents.length,
    chunks: deps.index.chunks.length,
    embedder: deps.index.embedder.id,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `sourced MCP server could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
