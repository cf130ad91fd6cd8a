/**
 * A list asked by the name of a section ("List the action items" of a postmortem headed
 * "## Action items"): the section's bulleted or numbered lines are its items, or its
 * sentences when it has none. Document structure, not wording: the heading's own words must
 * all be the question's, the noun asked about among them.
 */
import { isStopword, lemmatize, tokenize } from '../../text/tokenize.js';
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';
import { headingsOf } from '../evidence/section-heading.js';
import { THIRD_PERSON_PRONOUNS } from '../analyze/pronouns.js';
import { MAX_ITEMS, itemLabel, opensItem } from './introduced-list.js';
import type { Draft } from './draft.js';
import { oneLine } from './one-line.js';
import { STATED_CREDIT } from '../evidence/term-matcher.js';

/** The heading's content words (lemmas), or [] when it has none. */
function headingLemmas(heading: string): string[] {
  return tokenize(heading)
    .filter((word) => !isStopword(word))
    .map(lemmatize);
}

/**
 * The items of the section whose heading the question names, from the best-ranked sentence
 * under such a heading that meets the question's constraints (in the articles it names, when
 * it names any); [] when no heading is named.
 */
export function sectionItems(
  evidence: Evidence,
  { asWritten = false }: { asWritten?: boolean } = {},
): EvidenceSentence[] {
  const { analysis } = evidence;
  // With `asWritten`, only a heading that asks the question as the user does, opening with its
  // interrogative ("## Who should not take it" for "Who should not take Calmira?").
  const interrogative = analysis.parsed.tokens[0]?.normal ?? '';
  const noun = analysis.focus?.lemma ?? analysis.head;
  // Without a noun asked about ("What should I see in Porto?"), the question's verb names the
  // section ("## What to see").
  // …or a noun it asks about in the plural ("What do the lights mean?" under "## Lights").
  const askedVerbs = new Set(
    analysis.parsed.tokens
      .filter((token) => token.pos === 'VERB')
      .map((token) => lemmatize(token.normal)),
  );
  const asked = noun
    ? [noun]
    : analysis.parsed.tokens
        .filter(
          (token) =>
            askedVerbs.has(lemmatize(token.normal)) ||
            (token.pos === 'NOUN' && lemmatize(token.normal) !== token.normal),
        )
        .map((token) => lemmatize(token.normal));
  // A heading asking the question as the user does ("## What's new" for "What's new in 3.0?")
  // names the section whatever it asks about.
  if (asked.length === 0 && !asWritten) return [];
  // The noun as the question writes it: a section listing items names them in the plural, as a
  // list question does ("action items"); "The film" is about one.
  const askedForms = new Set(
    analysis.parsed.tokens
      .filter((token) => asked.includes(lemmatize(token.normal)))
      .map((token) => token.normal),
  );
  const questionLemmas = new Set(analysis.parsed.tokens.map((token) => lemmatize(token.normal)));
  const named = analysis.documents;
  const headed = evidence.sentences.find((sentence) => {
    if (sentence.unmet !== null || sentence.position < 0) return false;
    if (named.length > 0 && !named.includes(sentence.document.docId)) return false;
    const heading = headingsOf(sentence.document)(sentence.span.start);
    if (asWritten && tokenize(heading)[0] !== interrogative) return false;
    // A heading asking the question may be all function words ("Who should not take it"):
    // every word of it, but a pronoun standing for the article's subject, is the question's.
    const words = asWritten
      ? tokenize(heading)
          .filter((word) => !THIRD_PERSON_PRONOUNS.has(word))
          .map(lemmatize)
      : headingLemmas(heading);
    if (asked.length > 0 && !asked.some((word) => words.includes(word))) return false;
    if (!words.every((word) => questionLemmas.has(word))) return false;
    if (asked.length > 0 && !tokenize(heading).some((word) => askedForms.has(word))) return false;
    // The question's other words say which article's section ("from the checkout
    // postmortem", "the conditions of the Secretary of State's approval"): its title states
    // them, or, for a list's item, the text introducing the section ("…has made approval
    // subject to conditions she recommended." above "## The conditions" and its bullets).
    // Words that ask more of the items ("which films came second") are no section's name.
    // Its verbs ask what the items are or do ("what do the lights mean?").
    const before = opensItem(sentence)
      ? `${sentence.document.title} ${introductionOf(evidence, sentence, heading)}`
      : sentence.document.title;
    return analysis.terms.every(
      (term) =>
        !term.primary ||
        words.includes(term.lemma) ||
        askedVerbs.has(term.lemma) ||
        evidence.credit(term, before) >= STATED_CREDIT,
    );
  });
  if (!headed) return [];
  const headingAt = headingsOf(headed.document);
  const heading = headingAt(headed.span.start);
  const article = evidence.sentencesOf(headed.document.docId);
  const at = article.findIndex((sentence) => sentence.position === headed.position);
  // The section is the run of sentences under that heading around the one found.
  let first = at;
  while (first > 0 && headingAt(article[first - 1]!.span.start) === heading) first -= 1;
  let last = at;
  while (last + 1 < article.length && headingAt(article[last + 1]!.span.start) === heading)
    last += 1;
  const run = article.slice(first, last + 1);
  const items = run.filter((sentence) => opensItem(sentence));
  // Named by its heading alone, a section is a list only when it lists ("- Offline sync."); its
  // prose ("The box contains the router…") answers as any sentence does. So does the prose of
  // a section asked of a time ("What was group occupancy in the third quarter of 2018?" under
  // "**Group occupancy by quarter**"): what the question dates is one figure, not the section.
  const { years, quarters } = analysis.constraints;
  const dated = years.length > 0 || quarters.length > 0;
  if ((asked.length === 0 || dated) && items.length === 0) return [];
  return (items.length > 0 ? items : run).slice(0, MAX_ITEMS);
}

/** Sentences of the article before a section at most read as what introduces it; set once, not tuned. */
const INTRODUCTION_SENTENCES = 3;

/**
 * The sentences right before the section `heading` heads (the sentence found is in it):
 * "…has made approval subject to conditions she recommended." above "## The conditions".
 */
function introductionOf(evidence: Evidence, sentence: EvidenceSentence, heading: string): string {
  const headingAt = headingsOf(sentence.document);
  // Back past the section's items (at most MAX_ITEMS, each of a few sentences) to what stands
  // before its heading, without building the whole article's sentences.
  const before = evidence.sentencesOf(sentence.document.docId, {
    from: Math.max(0, sentence.position - 4 * MAX_ITEMS),
    to: sentence.position,
  });
  const outside = before.filter((other) => headingAt(other.span.start) !== heading);
  return outside
    .slice(-INTRODUCTION_SENTENCES)
    .map((other) => other.text)
    .join(' ');
}

/** A list draft of the section the question names, or null when it names none. */
export function sectionDraft(
  evidence: Evidence,
  options: { asWritten?: boolean } = {},
): Draft | null {
  const items = sectionItems(evidence, options);
  if (items.length === 0) return null;
  return {
    lead: `${items.length} found:`,
    items: items.map((sentence) => {
      const label = itemLabel(sentence.text);
      // "- **Offline sync.** Notes now sync…": an item that is only its label goes on in the
      // sentence after it on the same line, which says what it is.
      const description = labelOnly(sentence, label)
        ? sameLineAfter(evidence, sentence)
        : undefined;
      return description
        ? {
            text: `${label.replace(/[.:]$/u, '')}: ${oneLine(description.text)}`,
            sentence,
            also: description,
          }
        : { text: label, sentence };
    }),
    parts: [],
    bullets: true,
  };
}

/** True when the sentence holds nothing but its label ("**Offline sync.**"). */
function labelOnly(sentence: EvidenceSentence, label: string): boolean {
  const bare = sentence.text
    .replace(/[*_]/gu, '')
    .replace(/^\s*(?:[-+*]|\d+[.)])\s+/u, '')
    .trim();
  return bare === label || bare === `${label}.` || bare === `${label}:`;
}

/** The next sentence of the article when it starts on the same line as `sentence`. */
function sameLineAfter(
  evidence: Evidence,
  sentence: EvidenceSentence,
): EvidenceSentence | undefined {
  const [next] = evidence.sentencesOf(sentence.document.docId, {
    from: sentence.position + 1,
    to: sentence.position + 2,
  });
  if (!next) return undefined;
  const between = sentence.document.fileText.slice(sentence.span.end, next.span.start);
  return between.includes('\n') ? undefined : next;
}
