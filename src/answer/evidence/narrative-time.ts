/**
 * When a sentence goes on in the time of the sentence before it. English narrative keeps its
 * reference time until a time expression moves it: after "Generation in 2020 was 4,210 MWh",
 * "Turnover was £648,000." tells of 2020 too, whatever year the minutes were written in. A
 * sentence in the past tense with no time expression of its own (no date, day or month, no
 * "yesterday" or "last week") does so; one in the present ("It has 44 members") tells of the
 * time it was written. A general rule of English tense; nothing here depends on a corpus.
 */
import { participleBeforeNoun, type ParsedText, type Token } from '../analyze/parse-text.js';

/** Auxiliaries in the past tense: "was", "were", "had", "did" ("when did…", "when was…"). */
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did']);

/**
 * True when the verb is written in the past tense: a past auxiliary, or a verb whose form is
 * not its lemma and is neither a present participle nor a third person present ("rose", "paid",
 * "approved"; not "is", "has", "rises", "rising").
 */
function pastForm(token: Token): boolean {
  if (PAST_AUXILIARIES.has(token.normal)) return true;
  if (token.pos !== 'VERB' || token.normal === token.lemma) return false;
  return !/(?:ing|s)$/u.test(token.normal);
}

/**
 * True when the sentence's first verb (its clause's, not a participle before a noun) is in the
 * past tense and the sentence names no time of its own: it is told in the time of the sentence
 * before it.
 */
export function keepsEarlierTime(parsed: ParsedText): boolean {
  if (parsed.entities.some((entity) => entity.type === 'date' || entity.type === 'time'))
    return false;
  const { tokens } = parsed;
  const verb = tokens.findIndex(
    (token, index) =>
      (token.pos === 'VERB' || token.pos === 'AUX') && !participleBeforeNoun(tokens, index),
  );
  return verb >= 0 && pastForm(tokens[verb]!);
}
