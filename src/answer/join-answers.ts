/**
 * The answers to the two halves of a compound question as one response: the first's text,
 * then the second's, whose citation numbers follow the first's (a passage both cite keeps the
 * first's number; a paragraph the first already shows is not repeated). Refused only when both
 * are; a half the documents do not answer says so in its own paragraph, after its question.
 */
import type { ChatResponse, Citation } from './chat-types.js';

/** Paragraphs of an answer: its short answer, its sentences, its list. */
const PARAGRAPH = /\n\n/u;

const sameQuote = (one: Citation, other: Citation) =>
  one.docId === other.docId && one.start === other.start && one.end === other.end;

export function joinAnswers(
  [firstAnswer, secondAnswer]: [ChatResponse, ChatResponse],
  halves: [string, string],
): ChatResponse {
  if (firstAnswer.refused && secondAnswer.refused) return firstAnswer;
  // A refused half says which question it could not answer.
  const [first, second] = ([firstAnswer, secondAnswer] as const).map((response, at) =>
    response.refused ? { ...response, answer: `“${halves[at]}” ${response.answer}` } : response,
  ) as [ChatResponse, ChatResponse];
  const citations = [...first.citations];
  const renumbered = new Map<number, number>();
  for (const citation of second.citations) {
    const known = citations.find((other) => sameQuote(other, citation));
    if (known) {
      renumbered.set(citation.n, known.n);
      continue;
    }
    const n = Math.max(0, ...citations.map((other) => other.n)) + 1;
    renumbered.set(citation.n, n);
    citations.push({ ...citation, n });
  }
  // A paragraph the first answer already shows (the sentence both halves rest on) is not
  // repeated.
  const shown = new Set(first.answer.split(PARAGRAPH));
  const secondText = second.answer
    .replace(/\[(\d+)\]/gu, (marker, n: string) => `[${renumbered.get(Number(n)) ?? n}]`)
    .split(PARAGRAPH)
    .filter((paragraph) => !shown.has(paragraph))
    .join('\n\n');
  const counts = (key: 'citationsDropped' | 'sentencesDropped') => {
    const total = (first[key] ?? 0) + (second[key] ?? 0);
    return total > 0 ? { [key]: total } : {};
  };
  const fallback = first.fallback ?? second.fallback;
  return {
    answer: secondText === '' ? first.answer : `${first.answer}\n\n${secondText}`,
    refused: false,
    citations,
    ...(fallback !== undefined ? { fallback } : {}),
    ...counts('citationsDropped'),
    ...counts('sentencesDropped'),
  };
}
