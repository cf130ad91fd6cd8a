/**
 * POST /slack/interactions: the 👍/👎 buttons under each answer. Appends a
 * feedback line (question, answer, citations, user, verdict) and thanks the
 * user privately. Other interaction kinds are acknowledged and ignored.
 */
import type { Context } from 'hono';
import { safeParseFeedbackButtonValue } from './feedback-button-value.js';
import { FEEDBACK_ACTIONS } from './format-answer-blocks.js';
import type { SlackDeps } from './slack-deps.js';
import { slackBlockActionsSchema } from './slack-payload-schemas.js';
import type { SlackVariables } from './verify-slack-request.js';

export const FEEDBACK_THANKS_TEXT = 'Thanks for the feedback!';

const VERDICTS: Record<string, 'up' | 'down'> = {
  [FEEDBACK_ACTIONS.up]: 'up',
  [FEEDBACK_ACTIONS.down]: 'down',
};

/** Creates the interactivity handler. */
export const slackInteractionsRoute = (deps: SlackDeps) =>
  async function slackInteractions(c: Context<{ Variables: SlackVariables }>) {
    const payloadText = new URLSearchParams(c.get('slackRawBody')).get('payload');
    let payload: unknown;
    try {
      payload = JSON.parse(payloadText ?? '');
    } catch {
      return c.json(
        { error: { code: 'invalid_slack_interaction', message: 'Missing or malformed payload.' } },
        400,
      );
    }
    const parsed = slackBlockActionsSchema.safeParse(payload);
    if (!parsed.success) return c.body(null, 200);
    const interaction = parsed.data;
    const action = interaction.actions.find((candidate) => candidate.action_id in VERDICTS);
    const verdict = action && VERDICTS[action.action_id];
    if (!action || !verdict) return c.body(null, 200);

    const value = safeParseFeedbackButtonValue(action.value);
    const record = value ? deps.answers.get(value.id) : undefined;
    try {
      await deps.feedback.append({
        at: new Date(deps.now()).toISOString(),
        verdict,
        user: interaction.user.id,
        channel: interaction.channel?.id ?? null,
        messageTs: interaction.message?.ts ?? null,
        answerId: value?.id ?? null,
        question: record?.question ?? value?.q ?? null,
        answer: record?.answer ?? interaction.message?.text ?? null,
        citations: record?.citations ?? [],
      });
    } catch (error) {
      deps.logger.error('could not record slack feedback', { error: String(error) });
      return c.body(null, 200);
    }
    deps.logger.info('slack feedback recorded', { verdict, user: interaction.user.id });
    const responseUrl = interaction.response_url;
    if (responseUrl) {
      deps.schedule(async () => {
        await deps.postToResponseUrl(responseUrl, {
          response_type: 'ephemeral',
          replace_original: false,
          text: FEEDBACK_THANKS_TEXT,
        });
      });
    }
    return c.body(null, 200);
  };
