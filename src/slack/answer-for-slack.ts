/**
 * The step every Slack entry point shares: ask the assistant, remember the
 * answer for feedback, format it as Block Kit. A failing assistant becomes an
 * apology message, not an exception.
 */
import { randomUUID } from 'node:crypto';
import type { ChatMessage } from '../answer/chat-types.js';
import { encodeFeedbackButtonValue } from './feedback-button-value.js';
import { formatAnswerBlocks, type SlackMessage } from './format-answer-blocks.js';
import { limitAnswerRecord } from './limit-answer-record.js';
import type { SlackDeps } from './slack-deps.js';

export const ASSISTANT_FAILED_TEXT =
  'Sorry, something went wrong while answering. Please try again in a moment.';

export interface AnswerForSlackOptions {
  deps: SlackDeps;
  /** The conversation; the last message is the question. */
  messages: ChatMessage[];
  preface?: string;
}

/** Answers the conversation and returns the message to post. */
export async function answerForSlack({
  deps,
  messages,
  preface,
}: AnswerForSlackOptions): Promise<SlackMessage> {
  const question = messages.at(-1)?.content ?? '';
  let response;
  try {
    response = await deps.assistant.ask({ messages });
  } catch (error) {
    deps.logger.error('assistant failed while answering slack', { error: String(error) });
    return { text: ASSISTANT_FAILED_TEXT };
  }
  if (response.refused) return formatAnswerBlocks({ response, preface });

  const id = randomUUID();
  try {
    await deps.state.saveAnswer(
      id,
      limitAnswerRecord({ question, answer: response.answer, citations: response.citations }),
    );
  } catch (error) {
    // Feedback still works without the record: the button carries the question.
    deps.logger.error('could not store the slack answer record', { error: String(error) });
  }
  return formatAnswerBlocks({
    response,
    preface,
    feedbackValue: encodeFeedbackButtonValue({ id, question }),
  });
}
