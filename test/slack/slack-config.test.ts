/**
 * The Slack variables: Socket Mode needs an app-level token, and the state
 * file lives under INDEX_DIR unless SLACK_STATE_PATH says otherwise.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';

describe('Slack configuration', () => {
  it('keeps the state file under INDEX_DIR by default', () => {
    expect(loadConfig({ INDEX_DIR: '/srv/index' }).slack).toEqual({
      apiUrl: 'https://slack.com/api/',
      statePath: join('/srv/index', 'slack-state.db'),
      feedbackFile: 'data/feedback.jsonl',
    });
  });

  it('reads the Socket Mode token and an explicit state path', () => {
    const slack = loadConfig({
      SLACK_APP_TOKEN: 'xapp-1-A1-123-abc',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_STATE_PATH: '/var/lib/sourced/slack.db',
    }).slack;
    expect(slack).toMatchObject({
      appToken: 'xapp-1-A1-123-abc',
      botToken: 'xoxb-1',
      statePath: '/var/lib/sourced/slack.db',
    });
  });

  it('names SLACK_APP_TOKEN when it is not an app-level token', () => {
    expect(() => loadConfig({ SLACK_APP_TOKEN: 'xoxb-1' })).toThrow(
      /SLACK_APP_TOKEN must be an app-level token/,
    );
  });
});
