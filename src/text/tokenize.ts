/**
 * Word tokenisation shared by the embedder, the lexical index and the
 * answerer, so that all three see the same terms.
 */
import { compoundParts } from './compound-head.js';
import { ENGLISH_STOPWORDS } from './english-stopwords.js';
import { loadLemmatizer } from './wordnet-lemmatizer.js';

const lemmatizer = loadLemmatizer();

/** Character classes of the non-ASCII code points met so far: 1 letter or number, 3 letter, 0 neither. */
const CLASSES = new Map<number, number>();
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;

function classOf(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 97 && code <= 122 ? 3 : code >= 48 && code <= 57 ? 1 : 0;
  const point = text.codePointAt(at)!;
  let known = CLASSES.get(point);
  if (known === undefined) {
    const character = String.fromCodePoint(point);
    known = (LETTER_OR_NUMBER.test(character) ? 1 : 0) | (LETTER.test(character) ? 2 : 0);
    CLASSES.set(point, known);
  }
  return known;
}

/** UTF-16 units of the code point at `at` (2 for a surrogate pair). */
function widthAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/**
 * Lower-cased word tokens; "909km-long" gives `909km`, `909`, `km`, `long`.
 *
 * A word is a run of letters and numbers, with one apostrophe and letters after it
 * (`/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu` over the lower-cased text; "'s" dropped, ’ written
 * '). Scanned by character codes, the Unicode classes looked up once per code point: the
 * regular expression was a fifth of a build's time (the tests check both agree).
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const lower = text.toLowerCase();
  const length = lower.length;
  let at = 0;
  while (at < length) {
    if ((classOf(lower, at) & 1) === 0) {
      at += widthAt(lower, at);
      continue;
    }
    const start = at;
    at += widthAt(lower, at);
    while (at < length && (classOf(lower, at) & 1) !== 0) at += widthAt(lower, at);
    const mark = lower.charCodeAt(at);
    let apostrophe = -1;
    if (
      (mark === APOSTROPHE || mark === RIGHT_QUOTE) &&
      at + 1 < length &&
      (classOf(lower, at + 1) & 2) !== 0
    ) {
      apostrophe = at;
      at += 1;
      while (at < length && (classOf(lower, at) & 2) !== 0) at += widthAt(lower, at);
    }
    let word = lower.slice(start, at);
    if (apostrophe >= 0) {
      if (at - apostrophe === 2 && lower.charCodeAt(at - 1) === 0x73) word = word.slice(0, -2);
      else if (mark === RIGHT_QUOTE) word = word.replace('’', "'");
    }
    tokens.push(word);
    // Numbers glued to units ("909km", "20bn") also count as the bare number.
    const first = word.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      const glued = /^(\d+)([a-z]+)$/u.exec(word);
      if (glued?.[1] && glued[2]) tokens.push(glued[1], glued[2]);
    }
  }
  return tokens;
}

const STOPWORDS = new Set([
  ...ENGLISH_STOPWORDS,
  ...[
    'what',
    'which',
    'who',
    'whom',
    'whose',
    'when',
    'where',
    'why',
    'how',
    'does',
    'did',
    'do',
    'is',
    'was',
    'were',
    'are',
    'be',
    'been',
    'has',
    'have',
    'had',
    'the',
    'a',
    'an',
    'of',
    'to',
    'in',
    'on',
    'for',
    'with',
    'by',
    'at',
    'from',
    'it',
    'its',
    'this',
    'that',
    'these',
    'those',
    'there',
    'their',
    'they',
    'them',
    'he',
    'she',
    'his',
    'her',
    'i',
    'you',
    'we',
    'our',
    'us',
    'me',
    'my',
    'your',
    'can',
    'could',
    'would',
    'should',
    'will',
    'shall',
    'may',
    'might',
    'tell',
    'say',
    'says',
    'said',
    'according',
    'much',
    'many',
    'any',
    'some',
    'mr',
    'mrs',
    'ms',
    'than',
    'then',
    'also',
    'into',
    'about',
    'as',
    'or',
    'and',
    'not',
    'no',
    'yes',
    'if',
    'so',
  ],
]);

/** True for function words that carry no topic. */
export function isStopword(token: string): boolean {
  if (STOPWORDS.has(token)) return true;
  // A negated auxiliary ("couldn't", "didn't", "can't", "won't") is as empty as the auxiliary.
  if (!token.endsWith("n't")) return false;
  const base = token.slice(0, -3);
  return STOPWORDS.has(base) || STOPWORDS.has(`${base}n`) || base === 'wo' || base === 'sha';
}

/**
 * The dictionary form of a word ("killed" → "kill", "officers" → "officer"),
 * inflection only: "population" and "populated" stay apart, as they should.
 */
/** True when WordNet has `word` (lower case); false when the lemmatizer's lists could not be read. */
export function isDictionaryWord(word: string): boolean {
  return lemmatizer.isWord?.(word) ?? false;
}

export function lemmatize(token: string): string {
  // The memo first: it never holds a word with a digit, which stays as it is.
  const known = LEMMAS.get(token);
  if (known !== undefined) return known;
  if (/\d/u.test(token)) return token;
  const verb = restoreSilentE(token, lemmatizer.verb(token));
  const noun = verb !== token ? verb : lemmatizer.noun(token);
  // English writes the "-s" of a plural or a third person after a sibilant as "-es"
  // ("passes", "bosses"): a word ending in "ss" is its own base form, whatever the lemmatizer's
  // exceptions say ("pass" → "pas", "discuss" → "discus", "boss" → "bos").
  if (token.endsWith('ss') && noun === token.slice(0, -1)) return remember(token, token);
  // "later", "biggest": a comparative or superlative is its adjective ("late", "big").
  const lemma =
    noun === token && /(?:er|est)$/u.test(token) && !['more', 'less', 'fewer'].includes(token)
      ? lemmatizer.adjective(token)
      : noun;
  return remember(token, lemma === token ? compoundLemma(token) : lemma);
}

/**
 * The lemma of a plural closed compound the dictionary lacks: its head's ("harbourmasters" →
 * "harbourmaster", "groundsmen" → "groundsman"); the word itself otherwise.
 */
function compoundLemma(token: string): string {
  if (lemmatizer.isWord === undefined || lemmatizer.isWord(token)) return token;

  const isWord = lemmatizer.isWord;
  const parts = compoundParts(token, (part) => isWord(part) || isWord(lemmatizer.noun(part)));
  if (!parts) return token;
  const head = lemmatizer.noun(parts[1]);
  return head === parts[1] ? token : `${parts[0]}${head}`;
}

/** Keeps `lemma` as the lemma of `token` in the memo, and returns it. */
function remember(token: string, lemma: string): string {
  // A pure memo, bounded: wink-lemmatizer was a sixth of the time spent answering.
  if (LEMMAS.size >= MAX_REMEMBERED_LEMMAS) LEMMAS.clear();
  LEMMAS.set(token, lemma);
  return lemma;
}

/**
 * English doubles the last consonant of a one-syllable verb ending in one vowel and one
 * consonant before -ing and -ed ("hop" → "hopping", "rat" → "ratted"), so such a stem
 * without the doubling lost a silent e: "rating" is "rate", "hoped" is "hope", "coding" is
 * "code". wink-lemmatizer strips the ending and keeps the shorter word when that word is
 * also a verb ("rat", "hop", "cod"); this restores the e. Not after w, x or y, which never
 * double ("bowing", "boxing", "playing").
 */
function restoreSilentE(token: string, stem: string): string {
  if (stem === token || !(token === `${stem}ing` || token === `${stem}ed`)) return stem;
  return /^[^aeiouy]+[aeiou][^aeiouwxy]$/u.test(stem) ? `${stem}e` : stem;
}

/**
 * True for a comparative ("bigger", "higher", "more", "fewer"): English's closed class of
 * "more", "less", "fewer" and the adjectives wink-lemmatizer takes back from "-er".
 */
export function isComparative(word: string): boolean {
  if (['more', 'less', 'fewer'].includes(word)) return true;
  return word.endsWith('er') && lemmatizer.adjective(word) !== word;
}

const MAX_REMEMBERED_LEMMAS = 200_000;
const LEMMAS = new Map<string, string>();

/** Content terms of a text: tokens without stopwords. */
export function contentTokens(text: string): string[] {
  return tokenize(text).filter((token) => !isStopword(token));
}
