/**
 * The 👍/👎 buttons under each answer, whichever door the click came
 * through: appends one bounded feedback line (question, answer, citations,
 * user, verdict) and thanks the user privately. A replayed click is
 * recognised and ignored; other interaction kinds are acknowledged.
 */
import { safeParseFeedbackButtonValue } from './feedback-button-value.js';
import { FEEDBACK_ACTIONS } from './format-answer-blocks.js';
import { EMPTY_ACK, type SlackAck } from './slack-ack.js';
import type { SlackDeps } from './slack-deps.js';
import { slackBlockActionsSchema } from './slack-payload-schemas.js';

export const FEEDBACK_THANKS_TEXT = 'Thanks for the feedback!';

const VERDICTS: Record<string, 'up' | 'down'> = {
  [FEEDBACK_ACTIONS.up]: 'up',
  [FEEDBACK_ACTIONS.down]: 'down',
};

export interface HandleInteractionOptions {
  deps: SlackDeps;
  /** The interaction payload (already parsed from the HTTP form's `payload`). */
  payload: unknown;
  /** Identifies this delivery when the payload has no trigger_id. */
  deliveryId: string;
}

/** Handles one interaction; the thanks are scheduled. */
export async function handleInteraction({
  deps,
  payload,
  deliveryId,
}: HandleInteractionOptions): Promise<SlackAck> {
  const parsed = slackBlockActionsSchema.safeParse(payload);
  if (!parsed.success) return EMPTY_ACK;
  const interaction = parsed.data;
  const action = interaction.actions.find((candidate) => candidate.action_id in VERDICTS);
  const verdict = action && VERDICTS[action.action_id];
  if (!action || !verdict) return EMPTY_ACK;
  if (!(await deps.state.claimDelivery(`interaction:${interaction.trigger_id ?? deliveryId}`))) {
    deps.logger.warn('slack interaction replayed, ignored', { user: interaction.user.id });
    return EMPTY_ACK;
  }

  const value = safeParseFeedbackButtonValue(action.value);
  const record = value ? await deps.state.loadAnswer(value.id) : undefined;
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
    return EMPTY_ACK;
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
  return EMPTY_ACK;
}
