/**
 * Example questions for the chat page's empty state, drawn from the indexed
 * articles themselves (titles, lead sentences), so they fit whatever corpus
 * is indexed and change when the documents do.
 */
import type { SourceDocument } from '../../ingest/document-types.js';

const MAX_TOPIC_CHARS = 80;

/** A title that reads as a topic: whole words, no trailing punctuation or ellipsis. */
function topicOf(title: string): string | undefined {
  const text = title.replace(/\s+/gu, ' ').trim();
  if (text.length < 15 || text.endsWith('…') || !/\s/u.test(text)) return undefined;
  const cut =
    text.length <= MAX_TOPIC_CHARS ? text : text.slice(0, text.lastIndexOf(' ', MAX_TOPIC_CHARS));
  return cut.replace(/[\s.?!:;,—–-]+$/u, '');
}

/**
 * A topic from the article's lead sentence, for an article whose title is
 * cut off or missing: its opening words up to the first comma or verb-like word.
 */
function leadTopic(document: SourceDocument): string | undefined {
  const sentence = /^[^\n]*?[.!?](?=\s|$)/u.exec(document.cleanText.trim())?.[0] ?? '';
  const opening = sentence
    .replace(/^[A-Z]{3,}[^–—:-]*[–—:-]\s*/u, '')
    .split(/,|\s(?:is|are|was|were|has|have|had|will|would|said|says)\s/u)[0];
  const words = opening?.split(/\s+/u).slice(0, 10) ?? [];
  return words.length >= 3 ? topicOf(words.join(' ')) : undefined;
}

/**
 * Up to `count` questions, one per article, in corpus order: about the
 * article by its title, or by the opening of its lead sentence when the title
 * is cut off (`…`) or is only the file name.
 */
export function createExampleQuestions(documents: readonly SourceDocument[], count = 3): string[] {
  const questions: string[] = [];
  for (const document of documents) {
    if (questions.length >= count) break;
    const title = document.title === document.docId ? undefined : topicOf(document.title);
    if (title) questions.push(`What does the article "${title}" say?`);
    else {
      const lead = leadTopic(document);
      if (lead) questions.push(`What do the articles say about "${lead}"?`);
    }
  }
  return [...new Set(questions)];
}
