/**
 * The whole HTTP app over a stand-in assistant, with a recording logger and
 * real metrics, for the fault suite.
 */
import type { Assistant } from '../../../src/answer/chat-types.js';
import type { AccessConfig } from '../../../src/config/load-config.js';
import { createApp } from '../../../src/http/create-app.js';
import { createMetrics } from '../../../src/metrics/create-metrics.js';
import { instrumentAssistant } from '../../../src/metrics/instrument-assistant.js';
import { createSlackDeps } from '../../../src/slack/create-slack-deps.js';
import { createMemorySlackStateStore } from '../../../src/slack/state/create-memory-slack-state-store.js';
import { askOnlyAssistant } from '../../llm/support/fake-assistants.js';
import { recordingLogger } from '../../llm/support/recording-logger.js';

export function createHardenedApp({
  assistant = askOnlyAssistant(),
  access = {},
  ready = () => true,
  slack = {},
}: {
  assistant?: Assistant;
  access?: Partial<AccessConfig>;
  ready?: () => boolean;
  slack?: { signingSecret?: string };
} = {}) {
  const { logger, lines } = recordingLogger();
  const metrics = createMetrics({ defaultMetrics: false });
  // Slack configured: real Slack deps over an in-memory state store, answering to nobody.
  const slackDeps =
    slack.signingSecret === undefined
      ? undefined
      : createSlackDeps({
          assistant,
          logger,
          state: createMemorySlackStateStore(),
          apiUrl: 'http://127.0.0.1:9/api/',
          feedbackFile: '/nonexistent/feedback.jsonl',
        });
  const app = createApp({
    assistant: instrumentAssistant(assistant, metrics),
    retriever: { retrieve: async () => [] },
    documents: [],
    chunks: [],
    embedderId: 'test',
    logger,
    access,
    metrics,
    readiness: ready,
    slack: { ...slack, ...(slackDeps ? { deps: slackDeps } : {}) },
  });
  return { app, lines, metrics };
}

/** A chat body whose question is `question`. */
export const chatBody = (question: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ messages: [{ role: 'user', content: question }], ...extra });

/** A body that streams `total` bytes in 64 KiB pieces and counts how many were read. */
export function countingStream(total: number, fill = 0x61) {
  const piece = new Uint8Array(64 * 1024).fill(fill);
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= total) return controller.close();
      state.pulled += piece.length;
      controller.enqueue(piece);
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { body, state };
}
