/**
 * `/ask <question>`, whichever door it came through: acknowledges at once
 * with an ephemeral "Looking…", then posts the answer to the command's
 * response_url. A replay (same trigger) is recognised and ignored; a
 * response_url outside Slack is refused before anything is asked.
 */
import { answerForSlack } from './answer-for-slack.js';
import { commandUsageText } from './example-questions.js';
import { isAllowedResponseUrl } from './post-to-response-url.js';
import { EMPTY_ACK, rejectAck, type SlackAck } from './slack-ack.js';
import type { SlackDeps } from './slack-deps.js';
import { slackCommandSchema } from './slack-payload-schemas.js';
import { escapeMrkdwn, shortenText, slackTextToPlain } from './to-slack-mrkdwn.js';

export const COMMAND_ACK_TEXT = 'Looking… :mag:';

export interface HandleSlashCommandOptions {
  deps: SlackDeps;
  /** The command's fields: the HTTP form as an object, or a `slash_commands` payload. */
  payload: unknown;
  /** Identifies this delivery when the payload has no trigger_id (signature, envelope id). */
  deliveryId: string;
}

/** Handles one slash command; the answer is scheduled. */
export async function handleSlashCommand({
  deps,
  payload,
  deliveryId,
}: HandleSlashCommandOptions): Promise<SlackAck> {
  const parsed = slackCommandSchema.safeParse(payload);
  if (!parsed.success) {
    return rejectAck('invalid_slack_command', 'Not a Slack slash command payload.');
  }
  const command = parsed.data;
  if (!isAllowedResponseUrl(command.response_url, deps.responseUrlOrigins)) {
    deps.logger.warn('refused a slack command whose response_url is not on a Slack host', {
      user: command.user_id,
    });
    return rejectAck('invalid_response_url', "The command's response_url is not a Slack address.");
  }
  if (!(await deps.state.claimDelivery(`command:${command.trigger_id ?? deliveryId}`))) {
    deps.logger.warn('slack command replayed, ignored', { user: command.user_id });
    return EMPTY_ACK;
  }
  const question = slackTextToPlain(command.text);
  if (question === '') {
    return {
      status: 200,
      body: { response_type: 'ephemeral', text: commandUsageText(deps.exampleQuestions) },
    };
  }

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
  return { status: 200, body: { response_type: 'ephemeral', text: COMMAND_ACK_TEXT } };
}
