/**
 * Example questions for usage hints (`/ask` without a question, a bare
 * mention, the manifest's usage hint), drawn from the indexed articles'
 * titles so they are questions the documents can answer.
 */
import { escapeMrkdwn, shortenText } from './to-slack-mrkdwn.js';

const MAX_TITLE_CHARS = 90;

/**
 * Up to `count` questions about the shortest complete titles (a title cut
 * off with `…` or a bare fragment makes a poor example); stable for a corpus.
 */
export function createExampleQuestions(titles: readonly string[], count = 2): string[] {
  const usable = [...new Set(titles.map((title) => title.replace(/\s+/g, ' ').trim()))]
    .filter((title) => title.length >= 15 && !title.endsWith('…'))
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
  return usable
    .slice(0, count)
    .map(
      (title) =>
        `What do the articles say about ${shortenText(title, MAX_TITLE_CHARS).replace(/[.?!:;,]+$/, '')}?`,
    );
}

/** The sentence both usage hints end with. */
export const SCOPE_TEXT =
  'I answer only from the indexed articles and cite a passage for every claim.';

/** Help for `/ask` with no question (mrkdwn). */
export function commandUsageText(examples: readonly string[]): string {
  const example = examples[0] ? `, for example \`/ask ${escapeMrkdwn(examples[0])}\`` : '';
  return `Usage: \`/ask <question>\`${example}. ${SCOPE_TEXT}`;
}

/** What the bot says when mentioned with no question (mrkdwn). */
export function mentionUsageText(examples: readonly string[]): string {
  const example = examples[0] ? `, for example: _${escapeMrkdwn(examples[0])}_` : '.';
  return `Ask me a question about the articles${example} ${SCOPE_TEXT}`;
}
