/**
 * What the Slack route handlers share, built once per app by
 * `createSlackApp` (never module-level, so two apps never share state).
 */
import type { Assistant, Citation } from '../answer/chat-types.js';
import type { Schedule } from './background-tasks.js';
import type { FeedbackStore } from './feedback-store.js';
import type { Logger } from '../log/logger.js';
import type { PostToResponseUrl } from './post-to-response-url.js';
import type { SlackApiClient } from './slack-api-client.js';
import type { TtlCache } from './ttl-cache.js';

/** An answer we posted, kept in memory so feedback can record it in full. */
export interface AnswerRecord {
  question: string;
  answer: string;
  citations: Citation[];
}

export interface SlackDeps {
  assistant: Assistant;
  api: SlackApiClient;
  postToResponseUrl: PostToResponseUrl;
  feedback: FeedbackStore;
  logger: Logger;
  schedule: Schedule;
  now: () => number;
  /** Event ids and message keys already handled (Slack redelivers). */
  seenEvents: TtlCache<true>;
  /** `channel:thread_ts` of threads the bot has replied in. */
  knownThreads: TtlCache<true>;
  /** Posted answers by id, for the feedback buttons. */
  answers: TtlCache<AnswerRecord>;
}
