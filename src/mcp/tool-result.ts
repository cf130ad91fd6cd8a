/**
 * How a tool's outcome becomes an MCP `CallToolResult`: structured content
 * (checked against the tool's output schema) with the same JSON as text for
 * clients that read only text, or a tool error carrying our
 * `{ error: { code, message } }` so an agent can tell a miss from a fault.
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { AppError } from '../errors/app-error.js';
import { errorBody } from '../http/error-response.js';
import type { Logger } from '../log/logger.js';

/** A successful result: `structuredContent`, and the same JSON as a text block. */
export function toolResult(structured: Record<string, unknown>): CallToolResult {
  return {
    content: [{ type: 'text', text: JSON.stringify(structured) }],
    structuredContent: structured,
  };
}

/** A tool error (`isError: true`) whose text is our error body. */
export function toolError(code: string, message: string): CallToolResult {
  return {
    content: [{ type: 'text', text: JSON.stringify(errorBody(code, message)) }],
    isError: true,
  };
}

/**
 * Runs a tool body: domain errors keep their code, anything else is logged
 * and reported as `internal` without its details.
 */
export async function runTool(
  name: string,
  logger: Logger,
  body: () => Promise<CallToolResult>,
): Promise<CallToolResult> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof AppError) return toolError(error.code, error.message);
    logger.error('mcp tool failed', {
      tool: name,
      error: error instanceof Error ? error.message : String(error),
    });
    return toolError('internal', 'Something went wrong on our side.');
  }
}
