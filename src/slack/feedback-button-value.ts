/**
 * What a feedback button carries back to us: the id of the answer (to find
 * its full record in the state store) and the question, shortened, so the
 * feedback line keeps the question even when the record has expired. Slack
 * caps values at 2000 chars.
 */
import { z } from 'zod';

const SLACK_BUTTON_VALUE_MAX_CHARS = 2000;

const feedbackButtonValueSchema = z.object({ id: z.string(), q: z.string() });
export type FeedbackButtonValue = z.infer<typeof feedbackButtonValueSchema>;

/** Encodes the value, shortening the question until it fits Slack's limit. */
export function encodeFeedbackButtonValue({
  id,
  question,
}: {
  id: string;
  question: string;
}): string {
  let q = question.slice(0, 1500);
  let value = JSON.stringify({ id, q });
  while (value.length > SLACK_BUTTON_VALUE_MAX_CHARS) {
    q = q.slice(0, Math.floor(q.length / 2));
    value = JSON.stringify({ id, q });
  }
  return value;
}

/** Reads a button value back; undefined when it is not one of ours. */
export function safeParseFeedbackButtonValue(
  value: string | undefined,
): FeedbackButtonValue | undefined {
  if (!value) return undefined;
  try {
    const parsed = feedbackButtonValueSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
