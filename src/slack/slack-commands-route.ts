/**
 * POST /slack/commands: `/ask <question>`. Acknowledges at once with an
 * ephemeral "Looking…", then posts the answer to the command's response_url.
 */
import type { Context } from 'hono';
import { answerForSlack } from './answer-for-slack.js';
import type { SlackDeps } from './slack-deps.js';
import { slackCommandSchema } from './slack-payload-schemas.js';
import { escapeMrkdwn, shortenText, slackTextToPlain } from './to-slack-mrkdwn.js';
import type { SlackVariables } from './verify-slack-request.js';

export const COMMAND_USAGE_TEXT =
  'Usage: `/ask <question>`, for example `/ask What did the central bank decide?` ' +
  'I answer only from the indexed news articles and cite a passage for every claim.';

export const COMMAND_ACK_TEXT = 'Looking… :mag:';

/** Creates the slash command handler. */
export const slackCommandsRoute = (deps: SlackDeps) =>
  async function slackCommands(c: Context<{ Variables: SlackVariables }>) {
    const form = Object.fromEntries(new URLSearchParams(c.get('slackRawBody')));
    const parsed = slackCommandSchema.safeParse(form);
    if (!parsed.success) {
      return c.json(
        { error: { code: 'invalid_slack_command', message: 'Not a Slack slash command payload.' } },
        400,
      );
    }
    const command = parsed.data;
    const question = slackTextToPlain(command.text);
    if (question === '') return c.json({ response_type: 'ephemeral', text: COMMAND_USAGE_TEXT });

    deps.schedule(async () => {
      const preface = `<@${command.user_id}> asked: _${escapeMrkdwn(shortenText(question, 500))}_`;
      const message = await answerForSlack({
        deps,
        messages: [{ role: 'user', content: question }],
        preface,
      });
      await deps.postToResponseUrl(command.response_url, {
        response_type: 'in_channel',
        replace_original: false,
        ...message,
      });
    });
    return c.json({ response_type: 'ephemeral', text: COMMAND_ACK_TEXT });
  };
