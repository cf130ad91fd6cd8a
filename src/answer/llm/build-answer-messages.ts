/**
 * The messages sent to the model for one answer: the fixed system prompt, and
 * a user message holding the numbered passages (as quoted data) and the
 * question. Passages never reach the system prompt.
 */
import type { RetrievedPassage } from '../../ingest/document-types.js';
import { fillPrompt, type Prompts } from '../load-prompts.js';
import type { ChatModelMessage } from './chat-model.js';

export interface BuildAnswerMessagesOptions {
  prompts: Pick<Prompts, 'answer-system' | 'answer-user'>;
  question: string;
  /** Numbered 1..n in this order; the model cites them as `[n]`. */
  passages: RetrievedPassage[];
}

/** System prompt plus one user message with the passages and the question. */
export function buildAnswerMessages({
  prompts,
  question,
  passages,
}: BuildAnswerMessagesOptions): ChatModelMessage[] {
  return [
    { role: 'system', content: prompts['answer-system'] },
    {
      role: 'user',
      content: fillPrompt(prompts['answer-user'], { passages: formatPassages(passages), question }),
    },
  ];
}

/** `<passage n="1" ...>text</passage>` blocks; a passage cannot close its own block early. */
export function formatPassages(passages: RetrievedPassage[]): string {
  return passages
    .map(({ chunk }, index) => {
      const details = [chunk.source, chunk.date].filter((value) => value !== null).join(', ');
      const heading = `n="${index + 1}" title="${attribute(chunk.title)}"${details ? ` published="${attribute(details)}"` : ''}`;
      return `<passage ${heading}>\n${neutralise(chunk.text)}\n</passage>`;
    })
    .join('\n\n');
}

function attribute(value: string): string {
  return neutralise(value).replace(/"/g, "'");
}

function neutralise(text: string): string {
  return text.replace(/<\s*\/?\s*passage/gi, '(passage');
}
