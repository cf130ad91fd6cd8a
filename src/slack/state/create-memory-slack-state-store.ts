/**
 * A Slack state store that lives in memory (bounded LRU maps with TTLs): for
 * tests where persistence is not the point, and never for production,
 * where a restart would forget everything.
 */
import { LRUCache } from 'lru-cache';
import {
  DEFAULT_SLACK_STATE_RETENTION,
  type AnswerRecord,
  type SlackStateRetention,
  type SlackStateStore,
} from './slack-state-store.js';

export interface MemorySlackStateStoreOptions {
  retention?: SlackStateRetention;
  /** Most entries kept per kind; the least recently used go first. */
  maxEntries?: number;
  /** Clock in epoch milliseconds; injected so tests control expiry. */
  now?: () => number;
}

/** Creates an in-memory {@link SlackStateStore}. */
export function createMemorySlackStateStore({
  retention = DEFAULT_SLACK_STATE_RETENTION,
  maxEntries = 20_000,
  now = Date.now,
}: MemorySlackStateStoreOptions = {}): SlackStateStore {
  // ttlResolution 0: read the clock on every check (lru-cache otherwise caches it for 1 ms).
  const options = { max: maxEntries, perf: { now }, ttlResolution: 0 };
  const deliveries = new LRUCache<string, true>({ ...options, ttl: retention.deliveriesMs });
  const threads = new LRUCache<string, true>({ ...options, ttl: retention.threadsMs });
  const answers = new LRUCache<string, AnswerRecord>({ ...options, ttl: retention.answersMs });

  return {
    async claimDelivery(key) {
      if (deliveries.has(key)) return false;
      deliveries.set(key, true);
      return true;
    },
    async rememberThread(channel, threadTs) {
      threads.set(`${channel}:${threadTs}`, true);
    },
    async isKnownThread(channel, threadTs) {
      return threads.has(`${channel}:${threadTs}`);
    },
    async saveAnswer(id, record) {
      answers.set(id, record);
    },
    async loadAnswer(id) {
      return answers.get(id);
    },
    async close() {
      deliveries.clear();
      threads.clear();
      answers.clear();
    },
  };
}
