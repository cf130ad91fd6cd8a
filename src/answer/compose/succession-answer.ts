/**
 * "Who replaced Rob Szczepański as head brewer?", "Who ran the company before Annika
 * Rasmussen-Vey?": the other name of a succession an evidence sentence states with the name
 * asked ("Taking over from Rob as head brewer is my daughter Niamh"), cited with the sentence
 * before when a pronoun there stood for the name ("Dr Hamish Urquhart retired… He has been
 * succeeded by Dr Nkechi Oyelaran-Smith").
 */
import type { Evidence } from '../evidence/evidence-types.js';
import type { SourceDocument } from '../../ingest/document-types.js';
import { askedSuccession, namesSame, successionsIn } from '../evidence/succession.js';
import type { Draft } from './draft.js';

/** The succession's answer, or null when the question asks none or no sentence states it. */
export function composeSuccession(evidence: Evidence): Draft | null {
  const asked = askedSuccession(evidence.analysis.parsed, evidence.analysis.referent);
  if (!asked) return null;
  for (const sentence of evidence.sentences) {
    const [previous] = evidence.sentencesOf(sentence.document.docId, {
      from: sentence.position - 1,
      to: sentence.position,
    });
    const statedBefore = (name: string) =>
      previous !== undefined && !sentence.text.includes(name) && previous.text.includes(name);
    for (const pair of successionsIn(
      sentence.parsed,
      previous?.parsed,
      lowerCase(sentence.document),
    )) {
      const [given, other] =
        asked.wanted === 'after' ? [pair.before, pair.after] : [pair.after, pair.before];
      if (!namesSame(given, asked.known) || namesSame(other, asked.known)) continue;
      const cited = statedBefore(given) || statedBefore(other) ? [previous!, sentence] : [sentence];
      return {
        lead: other,
        leadSentence: sentence,
        parts: cited.map((part) => ({ sentence: part })),
      };
    }
  }
  return null;
}

/** Per article, whether it writes a word in lower case (a common noun there). */
const lowerCased = new WeakMap<SourceDocument, Set<string>>();
function lowerCase(document: SourceDocument): (word: string) => boolean {
  let words = lowerCased.get(document);
  if (!words) {
    words = new Set(document.cleanText.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu) ?? []);
    lowerCased.set(document, words);
  }
  const known = words;
  return (word) => known.has(word);
}
