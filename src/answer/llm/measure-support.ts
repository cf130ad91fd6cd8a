/**
 * How well a passage supports a sentence: the share of the sentence's content
 * words found in the passage, clause by clause, and whether every number, name,
 * link and e-mail address it states occurs there. Deliberately simple and
 * explainable, no model involved: passages are data, so text a model adds
 * (an appended instruction, a link) is not supported by them.
 */
import { isStopword, lemmatize, tokenize } from '../../text/tokenize.js';

const wordPattern = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
const numberPattern = /\d[\d,]*(?:\.\d+)?/g;

/** Distinct lemmas of the words that carry meaning (the answer path's one tokenizer and stopword list). */
export function contentStems(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter((word) => !isStopword(word) && !/^\d/u.test(word))
      .map(lemmatize),
  );
}

/** Numbers as written, without thousands separators: "1,200" and "1200" match. */
export function numbersIn(text: string): string[] {
  return (text.match(numberPattern) ?? []).map((value) =>
    value.replace(/,/g, '').replace(/\.$/, ''),
  );
}

/** Capitalised words after the first word (the first is capitalised anyway). */
export function namesIn(text: string): string[] {
  const words = text.match(wordPattern) ?? [];
  return words
    .slice(1)
    .filter((word) => /^\p{Lu}/u.test(word) && !isStopword(word.toLowerCase()))
    .map((word) => word.toLowerCase().replace(/['’]s$/, ''));
}

export interface Support {
  /** Share (0..1) of the sentence's content words that occur in the passage; 1 when it has none. */
  overlap: number;
  /** Numbers and names in the sentence that the passage does not contain. */
  missing: string[];
}

/** Measures how well `passage` supports `sentence`. */
export function measureSupport(sentence: string, passage: string): Support {
  const claim = contentStems(sentence);
  const evidence = contentStems(passage);
  let shared = 0;
  for (const word of claim) if (evidence.has(word)) shared += 1;
  const passageNumbers = new Set(numbersIn(passage));
  const passageWords = new Set(
    (passage.match(wordPattern) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, '')),
  );
  const lowerPassage = passage.toLowerCase();
  const missing = [
    ...numbersIn(sentence).filter((value) => !passageNumbers.has(value)),
    ...namesIn(sentence).filter((name) => !passageWords.has(name)),
    ...(sentence.match(linkPattern) ?? []).filter(
      (link) => !lowerPassage.includes(link.toLowerCase()),
    ),
  ];
  return { overlap: claim.size === 0 ? 1 : shared / claim.size, missing };
}

/** Links and e-mail addresses: never supported unless the passage has them verbatim. */
const linkPattern = /\b(?:https?:\/\/|www\.)[^\s)\]]+|[\w.+-]+@[\w-]+\.[\w.-]+/giu;

/** Clauses of a sentence: split at semicolons and at commas or dashes before a conjunction. */
export function clausesOf(sentence: string): string[] {
  return sentence
    .split(/;|,?\s+(?:and|but|while|whereas)\s+(?=[a-z])|\s[–—-]\s/u)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
}

/**
 * True when the passage supports the sentence: no missing number, name or link, enough
 * overlap overall, and every clause with three or more content words supported on its own
 * (an appended clause cannot ride on a supported one).
 */
export function supports(sentence: string, passage: string, { minOverlap = 0.5 } = {}): boolean {
  const { overlap, missing } = measureSupport(sentence, passage);
  if (missing.length > 0 || overlap < minOverlap) return false;
  return clausesOf(sentence).every(
    (clause) =>
      contentStems(clause).size < 3 || measureSupport(clause, passage).overlap >= minOverlap,
  );
}

const notKnown =
  /\b(?:don['’]?t|do not|does not|doesn['’]?t|cannot|can['’]?t|no|not|unable)\b.*\b(?:know|say|says|mention|mentions|state|states|provide|provides|contain|contains|information|answer)\b/i;

/** A sentence that states something checkable (not a hedge or "I don't know"). */
export function isFactual(sentence: string): boolean {
  const text = sentence.trim();
  if (text === '' || text.endsWith('?') || text.endsWith(':') || notKnown.test(text)) return false;
  return numbersIn(text).length > 0 || namesIn(text).length > 0 || contentStems(text).size >= 3;
}
