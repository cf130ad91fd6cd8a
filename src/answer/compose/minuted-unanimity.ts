/**
 * "Was the vote unanimous?", "Was she elected unopposed?", read from minutes: the tally closing
 * the item (`minutedItem`) that states the most words the question asks ("the car park
 * extension"). A tally alone ("Agreed unanimously.") records the fate of the item it closes,
 * which may be another; the whole minutes of the best sentences are searched, as minutes state a
 * motion in words the search may not rank ("Motion to raise the registration fee…" for "the fee
 * increase").
 */
import { isStopword, lemmatize } from '../../text/tokenize.js';
import type { Token } from '../analyze/parse-text.js';
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';
import { minutedItem } from './minuted-item.js';
import { choiceOfAnother, saysNoDissent, unanimityVerdict } from './vote-tally.js';

/** The tally read, the sentence of its item shown with it, and the verdict. */
export interface MinutedUnanimity {
  sentence: EvidenceSentence;
  closing: EvidenceSentence;
  verdict: 'Yes' | 'No';
}

/** The tally of the asked item among `best` (the best sentences) and their articles, if any. */
export function minutedUnanimity(
  evidence: Evidence,
  best: readonly EvidenceSentence[],
  question: readonly Token[],
): MinutedUnanimity | undefined {
  // The question's words but its function words and "unanimous" (or "unopposed"), as written
  // and as lemmas (the lemmatizer reads a noun as a verb's past at times: "rent").
  const askedWords = question
    .filter(
      (token) =>
        /[\p{L}\d]/u.test(token.normal) &&
        !isStopword(token.normal) &&
        !saysNoDissent(lemmatize(token.normal)),
    )
    .map((token) => [token.normal, lemmatize(token.normal)]);
  const namedBy = (sentences: readonly EvidenceSentence[]) => {
    const stated = new Set(
      sentences.flatMap((other) =>
        other.parsed.tokens.flatMap((token) => [token.normal, lemmatize(token.normal)]),
      ),
    );
    return askedWords.filter((forms) => forms.some((form) => stated.has(form))).length;
  };
  // Each sentence's tally read once: items overlap, and every sentence of the minutes is tried.
  const verdicts = new Map<EvidenceSentence, 'Yes' | 'No' | null>();
  const verdictOf = (sentence: EvidenceSentence) => {
    if (!verdicts.has(sentence))
      verdicts.set(sentence, unanimityVerdict(sentence.text, sentence.parsed.tokens));
    return verdicts.get(sentence)!;
  };
  const articles = [...new Set(best.map((sentence) => sentence.document.docId))];
  const rest = articles.flatMap((docId) =>
    evidence.sentencesOf(docId).filter((sentence) => !best.includes(sentence)),
  );
  let chosen: (MinutedUnanimity & { named: number; own: number }) | undefined;
  for (const sentence of [...best, ...rest]) {
    const item = minutedItem(evidence, sentence, (other) => verdictOf(other) !== null);
    if (!item) continue;
    const { closing } = item;
    const verdict = verdictOf(closing)!;
    // "Isla Gilchrist was then elected Vice-President unopposed", after the ballot asked about.
    if (verdict === 'Yes' && choiceOfAnother(closing.parsed.tokens, question)) continue;
    const named = namedBy(item.sentences);
    if (askedWords.length > 0 && named === 0) continue;
    // Of an item's sentences, the one stating most of it is shown with its tally.
    const own = namedBy([sentence]);
    if (!chosen || named > chosen.named || (named === chosen.named && own > chosen.own))
      chosen = { sentence, closing, verdict, named, own };
  }
  return chosen && { sentence: chosen.sentence, closing: chosen.closing, verdict: chosen.verdict };
}
