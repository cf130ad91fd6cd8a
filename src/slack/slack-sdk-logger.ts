/**
 * Routes the Slack SDK's log lines (WebClient, SocketModeClient) into our
 * logger, so its retries and reconnects show up as one-line JSON like ours.
 * Debug lines are dropped.
 */
import { LogLevel, type Logger as SlackLogger } from '@slack/web-api';
import type { Logger } from '../log/logger.js';

/** Adapts our logger to the `@slack/logger` interface the SDK expects. */
export function createSlackSdkLogger(logger: Logger, name = 'slack-sdk'): SlackLogger {
  let component = name;
  const text = (parts: unknown[]) =>
    parts.map((part) => (typeof part === 'string' ? part : String(part))).join(' ');
  return {
    debug() {},
    info: (...parts: unknown[]) => logger.info(text(parts), { component }),
    warn: (...parts: unknown[]) => logger.warn(text(parts), { component }),
    error: (...parts: unknown[]) => logger.error(text(parts), { component }),
    setLevel() {},
    getLevel: () => LogLevel.INFO,
    setName(newName: string) {
      component = newName;
    },
  };
}
