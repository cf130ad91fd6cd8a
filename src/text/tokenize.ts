/**
 * Word tokenisation shared by the embedder, the lexical index and the
 * answerer, so that all three see the same terms.
 */
import { eng } from 'stopword';
import lemmatizer from 'wink-lemmatizer';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lower-cased word tokens; "909km-long" gives `909km`, `909`, `km`, `long`. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0].replace(/['’]s$/u, '').replace(/’/gu, "'");
    tokens.push(word);
    // Numbers glued to units ("909km", "20bn") also count as the bare number.
    const glued = /^(\d+(?:\.\d+)?)([a-z]+)$/u.exec(word);
    if (glued?.[1] && glued[2]) tokens.push(glued[1], glued[2]);
  }
  return tokens;
}

const STOPWORDS = new Set([
  ...eng,
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
export function lemmatize(token: string): string {
  if (/\d/u.test(token)) return token;
  const known = LEMMAS.get(token);
  if (known !== undefined) return known;
  const verb = restoreSilentE(token, lemmatizer.verb(token));
  const lemma = verb !== token ? verb : lemmatizer.noun(token);
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
