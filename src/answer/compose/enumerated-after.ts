/**
 * A sentence announcing a count of things ("…we are making two changes from 1 April.")
 * followed by sentences opening with the ordinals in order ("First, everyone will receive…",
 * "Second, the minimum…"): English enumerates the announced things there, so an answer citing
 * the announcement cites them too. Document structure and English numerals, not wording.
 */
import { countValue, ordinalValue } from '../analyze/find-constraints.js';
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';
import { withItemsAfter, type Draft } from './draft.js';

/** Most things an announcement may count to be enumerated after it. Set once, not tuned. */
const MAX_ENUMERATED = 10;

/** English's adverbs marking the last of things enumerated (a closed class). */
const LAST_MARKERS: ReadonlySet<string> = new Set(['finally', 'lastly']);

/** The count a sentence announces: a number word or figure right before a noun ("two changes"). */
function announcedCount(sentence: EvidenceSentence): number | null {
  const tokens = sentence.parsed.tokens;
  for (let at = 0; at + 1 < tokens.length; at += 1) {
    const value = countValue(tokens[at]!.normal);
    if (value !== null && value >= 2 && value <= MAX_ENUMERATED && tokens[at + 1]!.pos === 'NOUN')
      return value;
  }
  return null;
}

/** The sentences after `sentence` that enumerate what it announces (at least two), or []. */
export function enumeratedAfter(
  evidence: Evidence,
  sentence: EvidenceSentence,
): EvidenceSentence[] {
  if (sentence.position < 0) return [];
  const count = announcedCount(sentence);
  if (count === null) return [];
  const following = evidence.sentencesOf(sentence.document.docId, {
    from: sentence.position + 1,
    to: sentence.position + 1 + count,
  });
  const enumerated: EvidenceSentence[] = [];
  for (const next of following) {
    // Past an opening quotation mark and "and" ("\"First, …", "And third, …").
    const opening = next.parsed.tokens.find(
      (token) => !['PUNCT', 'SYM', 'CCONJ'].includes(token.pos),
    );
    const place = enumerated.length + 1;
    const marks =
      opening !== undefined &&
      (ordinalValue(opening.normal) === place ||
        // "Finally, …", "Lastly, …": the last of them.
        (place === count && place > 2 && LAST_MARKERS.has(opening.normal)));
    if (!marks) break;
    enumerated.push(next);
  }
  return enumerated.length >= 2 ? enumerated : [];
}

/**
 * The draft with each cited announcement followed by the sentences enumerating it, in order: an
 * item already cited elsewhere moves under its announcement ("…for three reasons." — "First,
 * …", "Second, …", "And third, …").
 */
export function withEnumerations(evidence: Evidence, draft: Draft): Draft {
  return withItemsAfter(draft, (sentence) => enumeratedAfter(evidence, sentence));
}
