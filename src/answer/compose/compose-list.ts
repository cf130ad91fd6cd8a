/**
 * A list: every distinct item of the asked-for type in the sentences about
 * the question, each cited, with how many were found. Items are the
 * entities of the expected type (names for people, groups and places) near
 * the noun the question asks about; without a type, the distinct sentences.
 */
import { lemmatize, tokenize } from '../../text/tokenize.js';
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';
import type { Entity } from '../analyze/parse-text.js';
import type { Draft } from './draft.js';
import { inReadingOrder, pickDistinct } from './pick-sentences.js';

/** Most items and sentences a list shows. */
const MAX_ITEMS = 12;
/** How many tokens from the asked-for noun an item may be; chosen on the development sets. */
const ITEM_DISTANCE = 12;

function key(text: string): string {
  return tokenize(text.replace(/['’]s\b/gu, '')).join(' ');
}

export function composeList(evidence: Evidence, { minCoverage }: { minCoverage: number }): Draft {
  const { analysis } = evidence;
  // Items come from the articles the question names, when it names any.
  const named = analysis.documents;
  const relevant = evidence.sentences.filter(
    (sentence) =>
      sentence.coverage >= minCoverage * 0.8 &&
      sentence.unmet === null &&
      (named.length === 0 || named.includes(sentence.document.docId)),
  );
  if (relevant.length === 0) return { parts: [] };
  const head = analysis.focus?.lemma;
  const items: { entity: Entity; sentence: EvidenceSentence }[] = [];
  const seen: string[] = [];
  const typed = analysis.answerType !== 'any' || head !== undefined;
  if (typed) {
    for (const sentence of relevant) {
      const anchors = head
        ? sentence.parsed.tokens.flatMap((token, index) =>
            lemmatize(token.normal) === head ? [index] : [],
          )
        : [];
      const entities =
        analysis.answerType !== 'any'
          ? sentence.answers
          : sentence.parsed.entities.filter((entity) => entity.type === 'name');
      for (const entity of entities) {
        if (
          head &&
          anchors.length > 0 &&
          !anchors.some(
            (at) =>
              Math.abs(at - entity.first) <= ITEM_DISTANCE ||
              Math.abs(at - entity.last) <= ITEM_DISTANCE,
          )
        )
          continue;
        if (head && anchors.length === 0) continue;
        const id = key(entity.text);
        if (id === '' || tokenize(analysis.question).join(' ').includes(id)) continue;
        if (seen.some((other) => other === id || other.includes(id) || id.includes(other)))
          continue;
        seen.push(id);
        items.push({ entity, sentence });
        if (items.length >= MAX_ITEMS) break;
      }
    }
  }
  if (items.length >= 2) {
    const sentences = pickDistinct(
      items.map((item) => item.sentence),
      { count: 6, value: (sentence) => sentence.score, maxOverlap: 0.95 },
    );
    return {
      lead: `${items.length} found:`,
      items: items.map((item) => ({ text: item.entity.text, sentence: item.sentence })),
      parts: inReadingOrder(sentences).map((sentence) => ({ sentence })),
      bullets: true,
    };
  }
  const sentences = pickDistinct(relevant, { count: 6, value: (sentence) => sentence.score });
  return { parts: inReadingOrder(sentences).map((sentence) => ({ sentence })), bullets: true };
}
