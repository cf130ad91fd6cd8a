/**
 * How well a passage supports a sentence: the share of the sentence's content
 * words found in the passage, and whether every number and name it states
 * occurs there. Deliberately simple and explainable, no model involved.
 */

const stopwords = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between
  both but by can could did do does doing down during each few for from further had has have having he her here hers
  herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once
  only or other our ours out over own same she should so some such than that the their theirs them themselves then
  there these they this those through to too under until up very was we were what when where which while who whom why
  will with would you your yours according said says say told reported report passage passages article articles
  source sources one`.split(/\s+/),
);

const wordPattern = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
const numberPattern = /\d[\d,]*(?:\.\d+)?/g;

/** Lowercased word with possessive and a few inflections removed. */
export function stem(word: string): string {
  let base = word.toLowerCase().replace(/['’]s$/, '');
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (base.length - suffix.length >= 3 && base.endsWith(suffix) && !base.endsWith('ss')) {
      base = base.slice(0, -suffix.length);
      break;
    }
  }
  return base;
}

/** Distinct stems of the words that carry meaning. */
export function contentStems(text: string): Set<string> {
  const words = text.match(wordPattern) ?? [];
  return new Set(
    words.filter((word) => !stopwords.has(word.toLowerCase()) && !/^\d/.test(word)).map(stem),
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
    .filter((word) => /^\p{Lu}/u.test(word) && !stopwords.has(word.toLowerCase()))
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
  const missing = [
    ...numbersIn(sentence).filter((value) => !passageNumbers.has(value)),
    ...namesIn(sentence).filter((name) => !passageWords.has(name)),
  ];
  return { overlap: claim.size === 0 ? 1 : shared / claim.size, missing };
}

/** True when the passage supports the sentence: enough overlap, no missing number or name. */
export function supports(sentence: string, passage: string, { minOverlap = 0.5 } = {}): boolean {
  const { overlap, missing } = measureSupport(sentence, passage);
  return missing.length === 0 && overlap >= minOverlap;
}

const notKnown =
  /\b(?:don['’]?t|do not|does not|doesn['’]?t|cannot|can['’]?t|no|not|unable)\b.*\b(?:know|say|says|mention|mentions|state|states|provide|provides|contain|contains|information|answer)\b/i;

/** A sentence that states something checkable (not a hedge or "I don't know"). */
export function isFactual(sentence: string): boolean {
  const text = sentence.trim();
  if (text === '' || text.endsWith('?') || text.endsWith(':') || notKnown.test(text)) return false;
  return numbersIn(text).length > 0 || namesIn(text).length > 0 || contentStems(text).size >= 3;
}
