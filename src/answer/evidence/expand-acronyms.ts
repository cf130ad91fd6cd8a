/**
 * An acronym of the question that the passages never write, read as the words they write
 * whose initials spell it: "ACL" as "anterior cruciate ligament", "CFO" as "chief financial
 * officer". English makes an acronym from the first letters of a phrase's words, skipping its
 * function words ("Competition and Markets Commission": CMC).
 */
import type { RetrievedPassage } from '../../ingest/document-types.js';
import { isStopword, lemmatize, tokenize } from '../../text/tokenize.js';
import { expansionIn, isAcronym } from '../../text/acronym-expansion.js';
import type { QuestionAnalysis, QuestionTerm } from '../analyze/question-types.js';

/** The question's acronyms as typed (`isAcronym`: one letter is an initial), lower-cased. */
function acronymsOf(analysis: QuestionAnalysis): string[] {
  const found = analysis.parsed.tokens
    .map((token) => token.text)
    .filter(isAcronym)
    .map((text) => text.toLowerCase());
  return [...new Set(found)];
}

/**
 * The analysis with each acronym the passages never write, but spell out, replaced by the
 * words they spell it with: as terms sharing its weight, no longer a name the evidence must
 * state word for word, and as the focus (the phrase's last word, its head in English) when it was the focus.
 * Null when there is nothing to replace.
 */
export function expandAcronyms(
  analysis: QuestionAnalysis,
  passages: readonly RetrievedPassage[],
): QuestionAnalysis | null {
  const acronyms = acronymsOf(analysis);
  if (acronyms.length === 0) return null;
  const texts = passages.map((passage) => tokenize(passage.chunk.text));
  let expanded = analysis;
  for (const acronym of acronyms) {
    if (texts.some((words) => words.includes(acronym))) continue;
    const expansion = texts.map((words) => expansionIn(words, acronym)).find(Boolean);
    if (!expansion) continue;
    const content = [...new Set(expansion.filter((word) => !isStopword(word)))];
    const replaced = expanded.terms.find((term) => term.token === acronym);
    const spelled = (term: QuestionTerm | undefined): QuestionTerm[] =>
      content.map((word) => ({
        token: word,
        lemma: lemmatize(word),
        weight: (term?.weight ?? 1) / content.length,
        primary: term?.primary ?? true,
        name: false,
      }));
    const focus = expanded.focus;
    expanded = {
      ...expanded,
      terms: expanded.terms.flatMap((term) => (term === replaced ? spelled(term) : [term])),
      focus:
        focus?.token === acronym
          ? { ...focus, token: content.at(-1)!, lemma: lemmatize(content.at(-1)!), name: false }
          : focus,
      constraints: {
        ...expanded.constraints,
        names: expanded.constraints.names.filter(
          (name) => !(name.length === 1 && name[0] === acronym),
        ),
      },
    };
  }
  return expanded === analysis ? null : expanded;
}
