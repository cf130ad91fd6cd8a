/**
 * `/ask`: an immediate ephemeral ack, then the answer posted to the
 * command's response_url; an empty `/ask` gets usage help.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestSlackApp, sendSigned } from './slack-test-kit.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const RESPONSE_URL = 'https://hooks.slack.test/commands/T1/123/abc';

function commandForm(text: string): string {
  return new URLSearchParams({
    token: 'deprecated',
    team_id: 'T1',
    channel_id: 'C1',
    user_id: 'U1',
    user_name: 'ada',
    command: '/ask',
    text,
    response_url: RESPONSE_URL,
    trigger_id: '1.2.3',
  }).toString();
}

const formType = 'application/x-www-form-urlencoded';

describe('POST /slack/commands', () => {
  it('acknowledges at once, then posts the cited answer to response_url', async () => {
    const delivered: Record<string, unknown>[] = [];
    server.use(
      http.post(RESPONSE_URL, async ({ request }) => {
        delivered.push((await request.json()) as Record<string, unknown>);
        return HttpResponse.text('ok');
      }),
    );
    const { app, idle, askCalls } = createTestSlackApp();

    const ack = await sendSigned(app, '/commands', {
      body: commandForm('What did the bank do?'),
      contentType: formType,
    });
    expect(ack.status).toBe(200);
    expect(await ack.json()).toEqual({ response_type: 'ephemeral', text: 'Looking… :mag:' });
    expect(delivered).toHaveLength(0);

    await idle();
    expect(askCalls).toEqual([{ messages: [{ role: 'user', content: 'What did the bank do?' }] }]);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ response_type: 'in_channel', replace_original: false });
    const blocks = JSON.stringify(delivered[0]?.blocks);
    expect(blocks).toContain('<@U1> asked: _What did the bank do?_');
    expect(blocks).toContain('*[1]* Central bank raises rates');
  });

  it('answers an empty /ask with usage help and asks nothing', async () => {
    const { app, idle, askCalls } = createTestSlackApp();
    const response = await sendSigned(app, '/commands', {
      body: commandForm('   '),
      contentType: formType,
    });
    await idle();
    const body = (await response.json()) as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('/ask <question>');
    expect(askCalls).toHaveLength(0);
  });

  it('rejects a signed form that is not a slash command with 400', async () => {
    const { app } = createTestSlackApp();
    const response = await sendSigned(app, '/commands', {
      body: 'hello=world',
      contentType: formType,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_slack_command' } });
  });
});
