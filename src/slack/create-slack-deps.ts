/**
 * Builds what both Slack doors (HTTP routes, Socket Mode) share: the Web API
 * client, the response_url poster, the feedback file, the state store, the
 * example questions. The state store is given, not made here: the
 * composition root owns its file and closes it on shutdown.
 */
import type { RetryOptions } from '@slack/web-api';
import type { Assistant } from '../answer/chat-types.js';
import type { Logger } from '../log/logger.js';
import { createBackgroundTasks, type Schedule } from './background-tasks.js';
import { createSlackWebApi } from './create-slack-web-api.js';
import { createExampleQuestions } from './example-questions.js';
import { createFeedbackStore, type FeedbackStore } from './feedback-store.js';
import {
  createResponseUrlPoster,
  SLACK_RESPONSE_URL_ORIGINS,
  type Sleep,
} from './post-to-response-url.js';
import type { SlackDeps } from './slack-deps.js';
import type { SlackStateStore } from './state/slack-state-store.js';

export interface SlackDepsOptions {
  assistant: Assistant;
  logger: Logger;
  state: SlackStateStore;
  /** SLACK_BOT_TOKEN (`xoxb-…`), needed to reply to events; slash commands work without it. */
  botToken?: string;
  /** SLACK_API_URL, the Web API base. */
  apiUrl?: string;
  /** FEEDBACK_FILE, where 👍/👎 lines are appended. */
  feedbackFile?: string;
  /** Where feedback goes instead of `feedbackFile` (the shared database). */
  feedback?: FeedbackStore;
  /** Indexed document titles, the source of the example questions. */
  documentTitles?: readonly string[];
  /** Origins a response_url may have (Slack's by default; tests add their fake). */
  responseUrlOrigins?: readonly string[];
  /** Clock in epoch milliseconds (feedback times). */
  now?: () => number;
  /** Runs work after the ack; defaults to in-process background tasks. */
  schedule?: Schedule;
  /** Web API retries (the WebClient's policy). */
  retry?: RetryOptions;
  /** fetch and sleep for the response_url poster. */
  fetch?: typeof globalThis.fetch;
  sleep?: Sleep;
}

/** Creates the shared Slack dependencies. */
export function createSlackDeps({
  assistant,
  logger,
  state,
  botToken,
  apiUrl = 'https://slack.com/api/',
  feedbackFile = 'data/feedback.jsonl',
  feedback = createFeedbackStore({ file: feedbackFile }),
  documentTitles = [],
  responseUrlOrigins = SLACK_RESPONSE_URL_ORIGINS,
  now = Date.now,
  schedule = createBackgroundTasks({ logger }).schedule,
  retry,
  fetch,
  sleep,
}: SlackDepsOptions): SlackDeps {
  if (!botToken) {
    logger.warn('SLACK_BOT_TOKEN is not set: slack events are acknowledged but cannot be answered');
  }
  return {
    assistant,
    api: createSlackWebApi({ botToken, apiUrl, logger, retry }),
    postToResponseUrl: createResponseUrlPoster({
      logger,
      allowedOrigins: responseUrlOrigins,
      fetch,
      sleep,
    }),
    responseUrlOrigins,
    feedback,
    state,
    exampleQuestions: createExampleQuestions(documentTitles),
    logger,
    schedule,
    now,
  };
}
