/**
 * Turns a cited answer into a Slack message: the answer as mrkdwn sections,
 * a divider, one "Sources" context block per citation, then 👍/👎 buttons.
 * Kept inside Block Kit's limits (3000 chars a text field, 50 blocks).
 */
import type { ChatResponse, Citation } from '../answer/chat-types.js';
import { escapeMrkdwn, markdownToMrkdwn, shortenText, splitText } from './to-slack-mrkdwn.js';

/** The text posted when the documents do not answer and the assistant gave no reason. */
export const REFUSAL_TEXT = "I couldn't find that in the documents.";

/** Action ids of the feedback buttons, matched by the interactions route. */
export const FEEDBACK_ACTIONS = { up: 'feedback_up', down: 'feedback_down' } as const;

const SECTION_MAX_CHARS = 3000;
/** Slack truncates a message's fallback `text` well before its hard limit; keep it short. */
const FALLBACK_TEXT_MAX_CHARS = 3000;

export type SlackBlock = Record<string, unknown> & { type: string };

export interface SlackMessage {
  /** Plain fallback for notifications and clients without Block Kit. */
  text: string;
  blocks?: SlackBlock[];
}

export interface FormatAnswerOptions {
  response: ChatResponse;
  /** A context line shown above the answer, e.g. who asked what (already mrkdwn). */
  preface?: string;
  /** Value carried by both feedback buttons; no buttons when absent. */
  feedbackValue?: string;
  maxAnswerChars?: number;
  maxCitations?: number;
  maxQuoteChars?: number;
}

/** Builds the Block Kit message for an answer, or the refusal with its reason. */
export function formatAnswerBlocks({
  response,
  preface,
  feedbackValue,
  maxAnswerChars = 4 * SECTION_MAX_CHARS,
  maxCitations = 10,
  maxQuoteChars = 280,
}: FormatAnswerOptions): SlackMessage {
  if (response.refused || response.answer.trim() === '') {
    // The assistant's refusal carries its reason ("The articles say nothing about …").
    const refusal = response.answer.trim()
      ? shortenLong(markdownToMrkdwn(response.answer.trim()), FALLBACK_TEXT_MAX_CHARS)
      : REFUSAL_TEXT;
    return preface
      ? { text: refusal, blocks: [contextBlock(preface), sectionBlock(refusal)] }
      : { text: refusal };
  }

  const answer = shortenLong(markdownToMrkdwn(response.answer), maxAnswerChars);
  const blocks: SlackBlock[] = preface ? [contextBlock(preface)] : [];
  blocks.push(...splitText(answer, SECTION_MAX_CHARS).map(sectionBlock));

  if (response.citations.length > 0) {
    blocks.push({ type: 'divider' });
    blocks.push(contextBlock('*Sources*'));
    for (const citation of response.citations.slice(0, maxCitations)) {
      blocks.push(contextBlock(formatCitation(citation, maxQuoteChars)));
    }
    const hidden = response.citations.length - maxCitations;
    if (hidden > 0)
      blocks.push(contextBlock(`…and ${hidden} more source${hidden === 1 ? '' : 's'}.`));
  }

  if (feedbackValue !== undefined) {
    blocks.push({
      type: 'actions',
      block_id: 'feedback',
      elements: [
        feedbackButton(FEEDBACK_ACTIONS.up, '👍 Helpful', feedbackValue),
        feedbackButton(FEEDBACK_ACTIONS.down, '👎 Not helpful', feedbackValue),
      ],
    });
  }
  return { text: shortenLong(markdownToMrkdwn(response.answer), FALLBACK_TEXT_MAX_CHARS), blocks };
}

/** `*[n]* title · date · source` and the quote, shortened, on the next line. */
function formatCitation(citation: Citation, maxQuoteChars: number): string {
  const date =
    citation.date && /^\d{4}-\d{2}-\d{2}T/.test(citation.date)
      ? citation.date.slice(0, 10)
      : citation.date;
  const heading = [shortenText(citation.title, 150), date, citation.source]
    .filter((part): part is string => Boolean(part))
    .map(escapeMrkdwn)
    .join(' · ');
  return `*[${citation.n}]* ${heading}\n> ${escapeMrkdwn(shortenText(citation.quote, maxQuoteChars))}`;
}

function sectionBlock(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function contextBlock(text: string): SlackBlock {
  return {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: text.slice(0, SECTION_MAX_CHARS) }],
  };
}

function feedbackButton(actionId: string, label: string, value: string): SlackBlock {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: label, emoji: true },
    value,
  };
}

function shortenLong(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  // Never leave half an `&amp;` entity behind.
  return `${text
    .slice(0, maxChars - 1)
    .replace(/&[a-z]*$/, '')
    .trimEnd()}…`;
}
