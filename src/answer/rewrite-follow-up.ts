/**
 * The offline question rewriter: a follow-up ("how many did that attack
 * kill?") gets the words of the previous turns appended, so retrieval and
 * evidence scoring know what "that attack" was. Questions that stand on their
 * own pass through unchanged.
 */
import type { ChatMessage } from './chat-types.js';
import type { QuestionRewriter } from './answerer.js';
import { contentTokens } from '../text/tokenize.js';

const ANAPHORA =
  /\b(it|its|that|this|these|those|they|them|their|he|him|his|she|her|hers|there|then|the same|such|another|other|else|also|more)\b/iu;

/** True when `question` leans on earlier turns to make sense. */
export function isFollowUp(question: string): boolean {
  return ANAPHORA.test(question) || contentTokens(question).length <= 1;
}

function withoutMarkers(text: string): string {
  return text.replace(/\s*\[\d+\]/gu, '').slice(0, 400);
}

/** Appends the last two user turns and the last answer to a follow-up. */
export function createHeuristicRewriter(): QuestionRewriter {
  return {
    async rewrite({ question, history }: { question: string; history: ChatMessage[] }) {
      if (history.length === 0 || !isFollowUp(question)) return question;
      const users = history.filter((message) => message.role === 'user').slice(-2);
      const answer = history.findLast((message) => message.role === 'assistant');
      const context = [
        ...users.map((message) => message.content),
        answer ? withoutMarkers(answer.content) : '',
      ]
        .filter(Boolean)
        .join(' ');
      return `${question} ${context}`.trim();
    },
  };
}
