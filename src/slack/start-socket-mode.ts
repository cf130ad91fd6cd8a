/**
 * The Slack door over Socket Mode (`@slack/socket-mode`), for servers
 * without a public URL: the client opens a WebSocket with the app-level
 * token (`xapp-…`), and events, slash commands and button clicks arrive as
 * envelopes. Each is handled by the same handlers as the HTTP routes and
 * acknowledged at once (Slack wants the ack within three seconds); answers
 * follow in the background. The only file that imports the Socket Mode SDK.
 */
import { SocketModeClient } from '@slack/socket-mode';
import type { Logger } from '../log/logger.js';
import { handleEventEnvelope } from './handle-event-envelope.js';
import { handleInteraction } from './handle-interaction.js';
import { handleSlashCommand } from './handle-slash-command.js';
import { EMPTY_ACK, type SlackAck } from './slack-ack.js';
import type { SlackDeps } from './slack-deps.js';
import { createSlackSdkLogger } from './slack-sdk-logger.js';

export interface StartSocketModeOptions {
  /** SLACK_APP_TOKEN, an app-level token with `connections:write`. */
  appToken: string;
  deps: SlackDeps;
  logger: Logger;
  /** SLACK_API_URL, where `apps.connections.open` is called. */
  apiUrl?: string;
  /**
   * How long a ping may go unanswered; also the first reconnect delay after
   * Slack asks us to reconnect. Tests shorten it.
   */
  clientPingTimeoutMs?: number;
}

export interface SlackSocketMode {
  /** Closes the connection; no reconnect follows. */
  stop(): Promise<void>;
}

interface SocketModeDelivery {
  ack: (response?: Record<string, unknown>) => Promise<void>;
  envelope_id: string;
  type: string;
  body: unknown;
  retry_num?: number;
}

/** Connects to Slack over Socket Mode; resolves once Slack has said hello. */
export async function startSocketMode({
  appToken,
  deps,
  logger,
  apiUrl = 'https://slack.com/api/',
  clientPingTimeoutMs = 5000,
}: StartSocketModeOptions): Promise<SlackSocketMode> {
  const client = new SocketModeClient({
    appToken,
    logger: createSlackSdkLogger(logger, 'slack-socket-mode'),
    clientPingTimeout: clientPingTimeoutMs,
    clientOptions: { slackApiUrl: apiUrl },
  });

  client.on('slack_event', async (delivery: SocketModeDelivery) => {
    let result: SlackAck;
    try {
      result = await handleDelivery(deps, delivery);
    } catch (error) {
      // Not acknowledged: Slack delivers the envelope again.
      logger.error('slack socket mode delivery failed', {
        type: delivery.type,
        error: String(error),
      });
      return;
    }
    if (result.status !== 200) {
      logger.warn('slack socket mode delivery rejected', { type: delivery.type, ack: result.body });
    }
    const payload = result.status === 200 && result.body ? result.body : undefined;
    await delivery.ack(payload).catch((error: unknown) => {
      logger.error('could not acknowledge a slack envelope', { error: String(error) });
    });
  });

  await client.start();
  logger.info('slack socket mode connected');
  return {
    async stop() {
      await client.disconnect();
    },
  };
}

function handleDelivery(deps: SlackDeps, delivery: SocketModeDelivery): Promise<SlackAck> {
  const deliveryId = `envelope:${delivery.envelope_id}`;
  switch (delivery.type) {
    case 'events_api':
      return handleEventEnvelope({ deps, payload: delivery.body, retryNum: delivery.retry_num });
    case 'slash_commands':
      return handleSlashCommand({ deps, payload: delivery.body, deliveryId });
    case 'interactive':
      return handleInteraction({ deps, payload: delivery.body, deliveryId });
    default:
      return Promise.resolve(EMPTY_ACK);
  }
}
