/**
 * The `ask` tool: a question (and optionally the conversation so far) in, the
 * same cited answer `/api/chat` gives out. A refusal is a normal result with
 * `refused: true`, not an error: "not in the documents" is an answer.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Assistant } from '../answer/chat-types.js';
import type { Logger } from '../log/logger.js';
import { runTool, toolResult } from './tool-result.js';
import { askInputSchema, askOutputSchema } from './tool-schemas.js';

export function registerAskTool(
  server: McpServer,
  { assistant, logger }: { assistant: Assistant; logger: Logger },
): void {
  server.registerTool(
    'ask',
    {
      title: 'Ask the documents',
      description:
        'Answers a question from the indexed articles only. Every sentence of `answer` ends ' +
        'with a [n] marker; `citations[n]` holds the verbatim quote with its document, title, ' +
        'date, publisher and character offsets. When the articles do not contain the answer, ' +
        '`refused` is true and no citations are given: do not answer from elsewhere then.',
      inputSchema: askInputSchema,
      outputSchema: askOutputSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ question, history = [], topK }) =>
      runTool('ask', logger, async () => {
        const messages = [...history, { role: 'user' as const, content: question }];
        return toolResult(await assistant.ask({ messages, topK }));
      }),
  );
}
