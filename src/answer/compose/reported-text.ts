/**
 * What a text once said, reported: "We also stated that Abbotsgate was the first practice…",
 * "The same article said that our founder retired", "We wrongly described her as captain": the
 * writer (first person plural) or a piece of writing as the subject of a verb of telling in the
 * past tense. A correction notice writes so of its own error; the words reported are the text's
 * then, not what the writer asserts now, and say no "Yes".
 */
import type { Token } from '../analyze/parse-text.js';
import { REPORTING_VERBS } from '../analyze/reporting-verbs.js';
import { lemmatize } from '../../text/tokenize.js';

/** Tags that may stand between a subject and its verb ("we also stated", "had wrongly said"). */
const BETWEEN: ReadonlySet<string> = new Set(['ADV', 'AUX', 'PART']);

export interface ReportedTextOptions {
  /** A verb's most frequent sense is one of telling (WordNet's verb.communication). */
  tells?: ((lemma: string) => boolean) | undefined;
  /** A noun's most frequent sense names a piece of communication (WordNet's noun.communication). */
  namesWriting?: ((lemma: string) => boolean) | undefined;
}

/** True when the sentence reports what its writer or a piece of writing said before. */
export function reportsEarlierText(
  tokens: readonly Token[],
  { tells, namesWriting }: ReportedTextOptions,
): boolean {
  return tokens.some((token, at) => {
    if (token.pos !== 'VERB') return false;
    const lemma = lemmatize(token.normal);
    // In the past tense: the verb's own form is not its lemma ("stated", "said").
    if (lemma === token.normal || !(REPORTING_VERBS.has(lemma) || tells?.(lemma) === true))
      return false;
    let subject = at - 1;
    while (subject >= 0 && BETWEEN.has(tokens[subject]!.pos)) subject -= 1;
    const word = tokens[subject];
    if (word === undefined) return false;
    // "…with an engineer on site, as we requested": a clause of its own, no report of a text.
    if (tokens[subject - 1]?.pos === 'SCONJ' || tokens[subject - 1]?.normal === 'as') return false;
    if (word.normal === 'we') return true;
    return word.pos === 'NOUN' && namesWriting?.(lemmatize(word.normal)) === true;
  });
}
