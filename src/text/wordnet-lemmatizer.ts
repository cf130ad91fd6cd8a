/**
 * English inflection removal by WordNet's morphy, exactly as wink-lemmatizer
 * (MIT, © GRAYPE Systems) does it: the same rules over the same word lists,
 * those wink-lexicon ships. The lists are JavaScript files of ≈ 77k property
 * assignments: requiring them compiles and runs 3 MB of code, ≈ 350 ms of
 * every start (load ≈ 2). Here they are read as text (≈ 100 ms), and each
 * word keeps only what the rules ask of it: whether WordNet has it as an
 * adjective, a noun or a verb. Should the lists' layout ever change,
 * wink-lemmatizer itself is used.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface Lemmatizer {
  noun(word: string): string;
  verb(word: string): string;
  adjective(word: string): string;
  /** True when WordNet has the word (as a noun, verb, adjective or adverb); absent without the lists. */
  isWord?(word: string): boolean;
}

const ADJECTIVE = 1;
const NOUN = 2;
const VERB = 4;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const UNDERSCORE = 0x5f;

const require = createRequire(import.meta.url);

/** One of wink-lexicon's lists, as text (they are ASCII). */
function readList(name: string): string {
  return readFileSync(require.resolve(`wink-lexicon/src/${name}`), 'latin1');
}

/** The kinds (ADJECTIVE | NOUN | VERB) WordNet's lexicographer files `senses` stand for. */
function kindOf(senses: number[]): number {
  let kind = 0;
  for (const sense of senses) {
    if (sense < 2) kind |= ADJECTIVE;
    if (sense > 2 && sense < 29) kind |= NOUN;
    if (sense > 28 && sense < 44) kind |= VERB;
  }
  return kind;
}

/**
 * Each word's kinds by its position in the words' list. The list's lines name sets of senses
 * (`  s_3_8,` for `const s_3_8 = [ 3, 8 ];`); each set's name spells its senses, which is
 * checked, so a line is read from its name's digits: slicing and looking up 77k names cost
 * ≈ 40 ms of start-up.
 */
function readSenseKinds(): Uint8Array | undefined {
  const text = readList('wn-word-senses.js');
  const list = text.indexOf('\nconst wordIndex2Sense = [\n');
  if (list < 0) return undefined;
  for (const [, name, senses] of text
    .slice(0, list)
    .matchAll(/^const s_(\w+) = \[([\d, ]+)\];$/gmu))
    if (name !== senses!.split(',').map(Number).join('_')) return undefined;
  const kinds: number[] = [];
  const entry = '\n  s_';
  const senses: number[] = [];
  for (let at = text.indexOf(entry, list); at >= 0; at = text.indexOf(entry, at)) {
    senses.length = 0;
    let sense = 0;
    for (at += entry.length; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code >= DIGIT_0 && code <= DIGIT_9) sense = sense * 10 + code - DIGIT_0;
      else {
        senses.push(sense);
        sense = 0;
        if (code !== UNDERSCORE) break;
      }
    }
    kinds.push(kindOf(senses));
  }
  return Uint8Array.from(kinds);
}

/**
 * The words' list kept as its text, the words found by binary search (the list is sorted):
 * a map of 77k strings took ≈ 90 ms to fill and 5 MB of heap, and the lemmatizer's memo
 * means few lookups.
 */
function readWordKinds(): ((word: string) => number) | undefined {
  const kinds = readSenseKinds();
  if (!kinds) return undefined;
  const text = readList('wn-words.js');
  const starts = new Int32Array(kinds.length);
  const ends = new Int32Array(kinds.length);
  let count = 0;
  // The lines `words.aardvark = 8;`, in order; read by position (see above).
  const entry = '\nwords.';
  for (let at = text.indexOf(entry); at >= 0; at = text.indexOf(entry, at + entry.length)) {
    const equals = text.indexOf(' = ', at);
    const end = text.indexOf(';', equals);
    if (equals < 0 || end < 0 || count >= kinds.length) return undefined;
    if (Number(text.slice(equals + 3, end)) !== count) return undefined;
    starts[count] = at + entry.length;
    ends[count] = equals;
    count += 1;
  }
  if (count !== kinds.length) return undefined;
  /** `word` (from `start` to `end` in `source`) against the listed word at `position`. */
  const compare = (source: string, start: number, end: number, position: number) => {
    const listed = starts[position]!;
    const length = Math.min(end - start, ends[position]! - listed);
    for (let at = 0; at < length; at++) {
      const difference = source.charCodeAt(start + at) - text.charCodeAt(listed + at);
      if (difference !== 0) return difference;
    }
    return end - start - (ends[position]! - listed);
  };
  for (let position = 1; position < count; position++)
    if (compare(text, starts[position]!, ends[position]!, position - 1) <= 0) return undefined;
  return (word) => {
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = compare(word, 0, word.length, middle);
      if (order === 0) return kinds[middle]!;
      if (order < 0) high = middle - 1;
      else low = middle + 1;
    }
    return 0;
  };
}

/** Inflected form → base form, from one of the exception lists. */
function readExceptions(name: string): Map<string, string> | undefined {
  const text = readList(name);
  const values = new Map<string, string>();
  for (const [, constant, value] of text.matchAll(/^const (\w+) = '([^']*)';$/gmu))
    values.set(constant!, value!);
  const exceptions = new Map<string, string>();
  for (const [, form, constant] of text.matchAll(/^exceptions\.(\w+)\s*=\s*(\w+);$/gmu)) {
    const base = values.get(constant!);
    if (base === undefined) return undefined;
    exceptions.set(form!, base);
  }
  return exceptions.size > 0 ? exceptions : undefined;
}

const NOUN_ENDINGS: [RegExp, string][] = [
  [/s$/u, ''],
  [/ses$/u, 's'],
  [/xes$/u, 'x'],
  [/zes$/u, 's'],
  [/ves$/u, 'f'],
  [/ches$/u, 'ch'],
  [/shes$/u, 'sh'],
  [/men$/u, 'man'],
  [/ies$/u, 'y'],
];

/** The lemmatizer over wink-lexicon's lists read as text, or wink-lemmatizer when they cannot be. */
export function loadLemmatizer(): Lemmatizer {
  const words = readWordKinds();
  const adjectives = readExceptions('wn-adjective-exceptions.js');
  const nouns = readExceptions('wn-noun-exceptions.js');
  const verbs = readExceptions('wn-verb-exceptions.js');
  if (!words || !adjectives || !nouns || !verbs) return require('wink-lemmatizer') as Lemmatizer;
  const is = (word: string, kind: number) => (words(word) & kind) !== 0;
  return {
    isWord: (word) => words(word) !== 0,
    adjective(adjective) {
      const exception = adjectives.get(adjective);
      if (exception) return exception;
      let lemma = adjective.replace(/est$|er$/u, '');
      if (lemma.length === adjective.length) return adjective;
      if (is(lemma, ADJECTIVE)) return lemma;
      lemma += 'e';
      return is(lemma, ADJECTIVE) ? lemma : adjective;
    },
    verb(verb) {
      const exception = verbs.get(verb);
      if (exception) return exception;
      let lemma = verb.replace(/s$/u, '');
      if (lemma.length !== verb.length && is(lemma, VERB)) return lemma;
      lemma = verb.replace(/ies$/u, 'y');
      if (lemma.length !== verb.length && is(lemma, VERB)) return lemma;
      lemma = verb.replace(/es$|ed$|ing$/u, '');
      if (lemma.length !== verb.length) {
        if (is(lemma, VERB)) return lemma;
        lemma += 'e';
        if (is(lemma, VERB)) return lemma;
      }
      return verb;
    },
    noun(noun) {
      const exception = nouns.get(noun);
      if (exception) return exception;
      for (const [ending, replacement] of NOUN_ENDINGS) {
        const lemma = noun.replace(ending, replacement);
        if (lemma.length !== noun.length && is(lemma, NOUN)) return lemma;
      }
      return noun;
    },
  };
}
