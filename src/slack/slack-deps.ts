/**
 * What the Slack handlers share, built once by `createSlackDeps` (never
 * module-level, so two apps never share state) and used by both doors:
 * the HTTP routes and the Socket Mode client.
 */
import type { Assistant } from '../answer/chat-types.js';
import type { Logger } from '../log/logger.js';
import type { Schedule } from './background-tasks.js';
import type { SlackWebApi } from './create-slack-web-api.js';
import type { FeedbackStore } from './feedback-store.js';
import type { PostToResponseUrl } from './post-to-response-url.js';
import type { SlackStateStore } from './state/slack-state-store.js';

export interface SlackDeps {
  assistant: Assistant;
  api: SlackWebApi;
  postToResponseUrl: PostToResponseUrl;
  /** Origins a `response_url` may have; others are refused before any work. */
  responseUrlOrigins: readonly string[];
  feedback: FeedbackStore;
  /** Deliveries handled, threads joined, answers posted; survives restarts. */
  state: SlackStateStore;
  /** Example questions for usage hints, drawn from the indexed titles. */
  exampleQuestions: string[];
  logger: Logger;
  schedule: Schedule;
  now: () => number;
}
