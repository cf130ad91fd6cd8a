/**
 * The one door to the NLP library (wink-nlp with its English lite model):
 * tokens with their part of speech, lemma and character offsets, the
 * library's entities (dates, times, durations, numbers, ordinals, money,
 * percentages), and proper-noun runs as names. Everything linguistic in the
 * answer path comes from here; nothing else imports wink (its model is
 * assembled by `load-wink-model.ts`).
 */
import { currencySigns, currencyWords } from '../../text/currency-words.js';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import { MONTHS } from '../../ingest/extract-metadata.js';
import { isStopword, lemmatize } from '../../text/tokenize.js';
import { loadWinkModel } from './load-wink-model.js';

/** Kinds of entity the answer path understands. */
export type EntityType =
  | 'date'
  | 'year'
  | 'time'
  | 'duration'
  | 'number'
  | 'ordinal'
  | 'money'
  | 'percent'
  /** Two figures joined by a dash: a score ("3-1") or a range. */
  | 'range'
  | 'name'
  /** A clause of time ("when the Sun and Moon line up"): made by `timeClauses`, not the parser. */
  | 'clause'
  /** A person named by role ("your line manager"), doing an asked verb: made by `doerRoles`. */
  | 'role';

/** True for an age written hyphened to "old" ("89-year-old", "a 12-week-old puppy"), as parsed. */
export function isHyphenedAge(entity: Entity): boolean {
  return entity.type === 'number' && /-old$/u.test(entity.text);
}

/** The kinds of entity that are figures: counts, sums of money and percentages. */
export const FIGURE_ENTITIES: ReadonlySet<EntityType> = new Set(['number', 'money', 'percent']);

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased. */
  normal: string;
  lemma: string;
  /** Universal part-of-speech tag (NOUN, PROPN, VERB, AUX, ADJ, NUM, …). */
  pos: string;
  stop: boolean;
  /** Inside the scope of a negation ("did not approve the plan"). */
  negated: boolean;
  /** Character offsets into the parsed text. */
  start: number;
  end: number;
}

export interface Entity {
  type: EntityType;
  text: string;
  start: number;
  end: number;
  /** Token range, inclusive. */
  first: number;
  last: number;
}

export interface ParsedText {
  text: string;
  tokens: Token[];
  entities: Entity[];
}

export interface TextParser {
  parse(text: string): ParsedText;
}

const ENTITY_TYPES: Record<string, EntityType> = {
  DATE: 'date',
  TIME: 'time',
  DURATION: 'duration',
  CARDINAL: 'number',
  ORDINAL: 'ordinal',
  MONEY: 'money',
  PERCENT: 'percent',
};

/** A four-digit number read as a year (1800–2199): a general convention of English text. */
export const YEAR = /^(1[89]\d\d|2[01]\d\d)$/u;
/** A range of years written as one word ("2016/17", "2021-2022"). */
const YEAR_RANGE = /^\d{4}[-–/]\d{2,4}$/u;

/**
 * True when the token at `index` is a participle set before a noun ("the booking office", "a
 * four-day working week", "total operating budget"): English uses it there as an adjective,
 * not as a clause's verb.
 */
export function participleBeforeNoun(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return (
    token?.pos === 'VERB' &&
    /\p{L}(?:ing|ed)$/u.test(token.normal) &&
    tokens[index + 1]?.pos === 'NOUN'
  );
}
/**
 * True when the token at `at` is a participle between a determiner or an adjective and a noun
 * ("a charitable incorporated organisation", "the proposed budget", "the glamping pods"): an
 * adjective of the noun, not a clause's verb.
 */
export function attributiveParticiple(tokens: readonly Token[], at: number): boolean {
  return participleBeforeNoun(tokens, at) && ['DET', 'ADJ'].includes(tokens[at - 1]?.pos ?? '');
}
/** True when a token is English's possessive marker, written apart ("Council's", "engineers'"). */
export function isPossessiveMarker(text: string): boolean {
  return /^['’]s?$/u.test(text);
}
/** A number written as digits, with separators or a decimal part. */
const DIGITS = /^[\d.,]*\d[\d.,]*$/u;
/** Scale words written after an amount ("20bn", "€480m", "3 million"). */
/** A scale word after a figure; the tokenizer keeps a sentence's full stop on it ("£18.5m."). */
const MAGNITUDE =
  /^(k|m|bn|b|tn|thousand|million|billion|trillion|mn|mln|lakh|lakhs|crore|crores)\.?$/iu;

/**
 * The short unit written right after a figure ending at `end` ("909km", "11.4 km", "410 ms"):
 * up to three lower-case letters, glued or after one space, or degrees ("20°C", "451 °F");
 * '' when there is none.
 */
export function shortUnitAfter(text: string, end: number): string {
  return (
    /^\s?(?:°[CFK]?(?!\p{L})|\p{Ll}{1,3}(?:\/\p{Ll}{1,3})?\b)/u.exec(text.slice(end))?.[0] ?? ''
  );
}

/**
 * True when the noun at `at` has a figure right after it: in a run of nouns, the clause's verb
 * the tagger misread ("climbing its 225 steps costs €8"), not a noun of the phrase.
 */
export function verbBeforeFigure(tokens: readonly Token[], at: number): boolean {
  return ['NUM', 'SYM'].includes(tokens[at + 1]?.pos ?? '');
}

/**
 * True when the token at `at` goes on a run of nouns after a figure ("14 security forces
 * personnel"): a noun, not the clause's verb misread, and not a word in "-ing" the tagger calls
 * a noun with no noun after it ("14 salmon swimming upstream": a participle; "3 building
 * sites": a modifier).
 */
export function continuesNounRun(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.pos !== 'NOUN' || verbBeforeFigure(tokens, at)) return false;
  return !token.normal.endsWith('ing') || tokens[at + 1]?.pos === 'NOUN';
}

/** Where a figure ends: before a full stop its scale word carries. */
function figureEnd(token: Token): number {
  return token.text.endsWith('.') ? token.end - 1 : token.end;
}

/** Letters with no decomposition to a base letter, and the base letter each is read as. */
const BASE_LETTERS: Readonly<Record<string, string>> = {
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŧ: 't',
  Ŧ: 'T',
};

/**
 * Each letter beyond Latin-1 read as its base letter ("č" as "c", "ő" as "o", "đ" as "d"), one
 * UTF-16 unit for one, so offsets into the text hold; other characters unchanged.
 */
export function foldLetters(text: string): string {
  return text.replace(/[\u0100-\u024f\u1e00-\u1eff]/gu, (letter) => {
    const base = letter.normalize('NFD')[0]!;
    return /[A-Za-z]/u.test(base) ? base : (BASE_LETTERS[letter] ?? letter);
  });
}

/**
 * The one wink instance of the process, made with the first parser: wink keeps nothing per
 * document, and its NER loader re-serialises its own module-level data each time a model is
 * loaded, which grows without bound across instances (a test run making a few dozen parsers
 * failed with "Invalid string length").
 */
let shared: WinkMethods | undefined;

/** Creates the parser; loading the model takes ~0.2 s (once per process), parsing a sentence ~0.1 ms. */
/**
 * A word with the possessive (or a contracted "is") glued on: the model reads "Aurelian's"
 * before a full stop as one new word and remembers it, and from then on reads every
 * "Aurelian's" (and "company's", as a proper noun) as one word, where a fresh model reads
 * "Aurelian" and "'s". Each is split as the fresh model splits it, so a text parses the same
 * whatever was read before it.
 */
const POSSESSIVE_WORD = /^(.*\p{L})(['’]s)$/u;

export function createTextParser(): TextParser {
  const nlp: WinkMethods = (shared ??= winkNLP(loadWinkModel()));
  const its = nlp.its;

  function parse(text: string): ParsedText {
    // "2021–22", "3–1": the model keeps figures joined by a hyphen as one token but splits them
    // at an en or em dash; it reads a hyphen there (one character for one, so offsets hold) and
    // the tokens keep the text's own characters.
    // The model splits a word at a letter outside Latin-1 ("Kovač" → "Kova", "č"): it reads
    // such a letter as its base letter, one for one, and the tokens keep the text's own.
    // "2.40am", "12.15pm": British clocks write a point between hours and minutes, which the
    // model reads as a decimal ("2.4", "0am"); it reads a colon there, as it does "2:40am".
    const read = foldLetters(
      text
        .replace(/(?<=\d)[–—](?=\d)/gu, '-')
        .replace(
          /(?<=(?:^|[^\d.])\d{1,2})\.(?=[0-5]\d\s?(?:am|pm|a\.m\.|p\.m\.)(?!\p{L}))/giu,
          ':',
        ),
    );
    const doc = nlp.readDoc(read);
    const tokens: Token[] = [];
    // Where each of the model's tokens starts among `tokens` (a possessive read as one word is two).
    const at: number[] = [];
    let cursor = 0;
    doc.tokens().each((token: { out: (f: unknown) => unknown }) => {
      const readValue = token.out(its.value) as string;
      const found = read.indexOf(readValue, cursor);
      const value = found >= 0 ? text.slice(found, found + readValue.length) : readValue;
      // A folded word keeps its own letters in its normal form and lemma too.
      const folded = value !== readValue && value.toLowerCase() !== readValue.toLowerCase();
      const start = found >= 0 ? found : cursor;
      const end = found >= 0 ? start + value.length : cursor;
      cursor = end;
      const pos = token.out(its.pos) as string;
      const lower = value.toLowerCase();
      const modelNormal = (token.out(its.normal) as string).toLowerCase();
      // The model spells a word the American way ("Harbour" → "harbor", "defence" →
      // "defense"); the answer path's tokenizer keeps the text's spelling, and a word must read
      // the same both ways. Only whole words of four letters or more differ so: the model's
      // other changes are contractions' pieces ("n't" → "not", "wo" → "will"), kept.
      const respelled = modelNormal !== lower && /^\p{L}{4,}$/u.test(lower);
      const normal = folded || respelled ? lower : modelNormal;
      at.push(tokens.length);
      // "Aurelian's" read as one word: see `POSSESSIVE_WORD`.
      const possessive = POSSESSIVE_WORD.exec(value);
      if (possessive) {
        const base = possessive[1]!;
        const baseNormal = base.toLowerCase();
        tokens.push({
          text: base,
          normal: baseNormal,
          lemma: /^\p{Lu}/u.test(base) ? baseNormal : lemmatize(baseNormal),
          pos: /^\p{Lu}/u.test(base) ? 'PROPN' : 'NOUN',
          stop: false,
          negated: token.out(its.negationFlag) as boolean,
          start,
          end: start + base.length,
        });
        tokens.push({
          text: possessive[2]!,
          normal: possessive[2]!.toLowerCase(),
          lemma: possessive[2]!.toLowerCase(),
          pos: 'PART',
          stop: false,
          negated: token.out(its.negationFlag) as boolean,
          start: start + base.length,
          end,
        });
        return;
      }
      // "I'm": the model reads it as one word, a proper noun; it is a pronoun and "am", as
      // "you're" and "I've" are read.
      const firstPerson = /^(I)(['’]m)$/u.exec(value);
      if (firstPerson) {
        tokens.push(
          {
            text: 'I',
            normal: 'i',
            lemma: 'i',
            pos: 'PRON',
            stop: true,
            negated: false,
            start,
            end: start + 1,
          },
          {
            text: firstPerson[2]!,
            normal: "'m",
            lemma: 'be',
            pos: 'AUX',
            stop: true,
            negated: false,
            start: start + 1,
            end,
          },
        );
        return;
      }
      tokens.push({
        text: value,
        normal,
        // Verbs take the answer path's one lemmatizer, which keeps a silent e that wink's
        // drops ("fined" → "fine", not "fin"); other words keep wink's lemma of their tag.
        // wink gives no lemma for some words it expands ("cannot" ending a sentence: "A child's
        // lungs cannot."): those take the answer path's too.
        lemma:
          pos === 'VERB' || folded || respelled
            ? lemmatize(normal)
            : ((token.out(its.lemma) as string | undefined)?.toLowerCase() ?? lemmatize(normal)),
        pos,
        stop: token.out(its.stopWordFlag) as boolean,
        negated: token.out(its.negationFlag) as boolean,
        start,
        end,
      });
    });
    properNounsInRunningText(tokens);
    negatedAfterNegativePronouns(tokens);
    bareVerbsAfterModals(tokens);
    nounsAfterInterrogatives(tokens);
    verbsAfterWho(tokens);
    pluralsAfterCounts(tokens);
    pluralsAfterHave(tokens);
    const entities: Entity[] = [];
    const spans = doc.entities().out(its.span) as unknown as [number, number][];
    const types = doc.entities().out(its.type) as string[];
    spans.forEach(([modelFirst, modelLast], index) => {
      const firstIn = at[modelFirst] ?? modelFirst;
      const lastIn = at[modelLast] ?? modelLast;
      let first = firstIn;
      const type = ENTITY_TYPES[types[index] ?? ''];
      if (!type) return;
      let last = lastIn;
      // "$20bn", "€480m": the library stops before the scale word.
      const next = tokens[last + 1];
      if (next && MAGNITUDE.test(next.text) && (type === 'money' || type === 'number')) last += 1;
      // "£18.5m": a currency sign glued before the amount makes it money (an asterisk of
      // emphasis, "**23:20**", is no currency sign).
      const sign = tokens[first - 1];
      let typed = type;
      // "640 million kronor": a currency's name after the amount makes it money.
      const currency = tokens[last + 1];
      // "45p": pence, the letter glued to the figure.
      const pence = currency?.normal === 'p' && currency.start === tokens[last]?.end;
      if (type === 'number' && currency && (currencyWords().has(currency.normal) || pence)) {
        last += 1;
        typed = 'money';
      }
      // "CHF 20", "NOK 4,500", "Rs. 380": a currency's code or lettered symbol, a noun or name
      // right before the amount, makes it money; not when the figure counts a noun after it
      // ("TOP 10 songs").
      const after = tokens[last + 1];
      if (
        type === 'number' &&
        (sign?.pos === 'PROPN' || sign?.pos === 'NOUN') &&
        currencySigns().has(sign.text.replace(/\.$/u, '')) &&
        after?.pos !== 'NOUN' &&
        after?.pos !== 'PROPN'
      ) {
        first -= 1;
        typed = 'money';
      }
      if (
        (type === 'number' || type === 'money') &&
        sign?.pos === 'SYM' &&
        /^\p{Sc}$/u.test(sign.text) &&
        sign.end === tokens[first]?.start
      ) {
        first -= 1;
        typed = 'money';
      }
      const startToken = tokens[first];
      const endToken = tokens[last];
      if (!startToken || !endToken) return;
      const end = last > lastIn ? figureEnd(endToken) : endToken.end;
      const entityText = text.slice(startToken.start, end);
      // "let this one go", "the last one": "one" after a determiner or an adjective stands
      // for a noun, as a pronoun does; it counts nothing.
      const before = tokens[first - 1];
      if (
        typed === 'number' &&
        first === last &&
        startToken.normal === 'one' &&
        (before?.pos === 'DET' || before?.pos === 'ADJ')
      )
        return;
      // A season written as a range of years ("2016/17") is a time, as a single token's is below.
      const yearLike = type === 'number' && (YEAR.test(entityText) || YEAR_RANGE.test(entityText));
      // "8/10", "4/5": a mark out of a total is two figures, like a score.
      const outOf = type === 'number' && /^\d{1,3}\/\d{1,3}$/u.test(entityText);
      entities.push({
        type: yearLike ? 'year' : outOf ? 'range' : typed,
        text: entityText,
        start: startToken.start,
        end,
        first,
        last,
      });
    });
    joinHyphenatedDurations(text, tokens, entities);
    addLongCompounds(text, tokens, entities);
    countedUnits(text, tokens, entities);
    ordinalTimePoints(text, entities);
    prepositionalDurations(text, tokens, entities);
    joinAdjacentDates(text, entities);
    splitDateRanges(text, tokens, entities);
    addMissedAmounts(text, tokens, entities);
    joinDayRanges(text, tokens, entities);
    ellipticalAmounts(tokens, entities);
    frequencies(text, tokens, entities);
    clockTimes(text, entities, tokens);
    dateSpans(entities);
    addNames(text, tokens, entities);
    quotedTitles(text, tokens, entities);
    // "closed on Mondays": a day of the week in the plural says when, every week; the model
    // may take it for a name.
    for (const entity of entities)
      if (entity.type === 'name' && WEEKDAYS.test(entity.text)) entity.type = 'date';
    // "89-year-old Arthur Pryce", "a 12-week-old puppy": a span hyphened to "old" is an age,
    // a figure of the one it describes, not a length of time.
    for (const entity of entities) {
      const hyphen = tokens[entity.last + 1];
      const old = tokens[entity.last + 2];
      if (
        entity.type === 'duration' &&
        hyphen?.text === '-' &&
        hyphen.start === entity.end &&
        old?.normal === 'old' &&
        old.start === hyphen.end
      ) {
        entity.type = 'number';
        entity.last += 2;
        entity.end = old.end;
        entity.text = text.slice(entity.start, entity.end);
      }
    }
    // "built in the 1290s": a decade of any century says when, as "the 1990s" does.
    for (const entity of entities)
      if (entity.type === 'number' && DECADE.test(entity.text)) entity.type = 'date';
    // A number inside a name ("Aria 5") is part of the name.
    const names = entities.filter((entity) => entity.type === 'name');
    const kept = entities.filter(
      (entity) =>
        entity.type === 'name' ||
        (!names.some((name) => name.start <= entity.start && entity.end <= name.end) &&
          !splitFigure(entity, tokens) &&
          !DIALLED.test(entity.text) &&
          !(
            /^\d+$/u.test(entity.text) &&
            DIALLED_BEFORE.test(text.slice(Math.max(0, entity.start - DIALLED_REACH), entity.start))
          )),
    );
    return { text, tokens, entities: kept.sort((a, b) => a.start - b.start) };
  }

  return { parse };
}

/** "April last year", "Monday 3 May": dates next to each other, one space apart, are one date. */
function joinAdjacentDates(text: string, entities: Entity[]): void {
  entities.sort((a, b) => a.start - b.start);
  for (let index = entities.length - 1; index > 0; index -= 1) {
    const left = entities[index - 1]!;
    const right = entities[index]!;
    if (left.type !== 'date' || right.type !== 'date' || text.slice(left.end, right.start) !== ' ')
      continue;
    entities.splice(index - 1, 2, {
      ...left,
      end: right.end,
      last: right.last,
      text: text.slice(left.start, right.end),
    });
  }
}

/**
 * "from October 2024 to March 18, 2025": a span between two dates the model marked as one
 * duration is its two dates, each a date of its own (when was it, and when is it now).
 */
function splitDateRanges(text: string, tokens: Token[], entities: Entity[]): void {
  const isDate = (first: number, last: number) =>
    first <= last &&
    tokens.slice(first, last + 1).some((token) => MONTHS.includes(token.normal)) &&
    tokens.slice(first, last + 1).some((token) => /\d/u.test(token.text));
  const dateOf = (first: number, last: number): Entity => {
    // A date ends at its last word or figure, not at a comma after it.
    while (last > first && tokens[last]!.pos === 'PUNCT') last -= 1;
    return {
      type: 'date',
      first,
      last,
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      text: text.slice(tokens[first]!.start, tokens[last]!.end),
    };
  };
  for (let index = entities.length - 1; index >= 0; index -= 1) {
    const entity = entities[index]!;
    if (entity.type !== 'duration' || tokens[entity.first]?.pos !== 'ADP') continue;
    const to = tokens.findIndex(
      (token, at) =>
        at > entity.first + 1 &&
        at < entity.last &&
        (token.pos === 'ADP' || token.pos === 'CCONJ' || token.pos === 'PART'),
    );
    if (to < 0 || !isDate(entity.first + 1, to - 1) || !isDate(to + 1, entity.last)) continue;
    entities.splice(index, 1, dateOf(entity.first + 1, to - 1), dateOf(to + 1, entity.last));
  }
}

/** A day of the month in figures, plain or ordinal ("20", "21st"). */
const DAY_OF_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?$/u;
/** Words English joins two days of one month with: "20 and 21 July", "3 to 5 June", "3-5 June". */
const DAY_JOINERS: ReadonlySet<string> = new Set(['and', 'to', 'or', '-', '–']);
/** Two days of a month written as one word: "20-21". */
const DAY_RANGE = /^(\d{1,2})[-–](\d{1,2})$/u;

/**
 * "on 20 and 21 July", "from 3 to 5 June", "20-21 July": English writes the month once after
 * the last of several days, so the first day is a day of that date, no figure of its own.
 * Joined into one date, when the days run forward.
 */
function joinDayRanges(text: string, tokens: Token[], entities: Entity[]): void {
  entities.sort((a, b) => a.start - b.start);
  const dayOf = (token: Token | undefined) => {
    const day = DAY_OF_MONTH.exec(token?.text ?? '');
    return day ? Number(day[1]) : null;
  };
  for (let index = entities.length - 1; index > 0; index -= 1) {
    const left = entities[index - 1]!;
    const right = entities[index]!;
    if (right.type !== 'date') continue;
    let from: number | null = null;
    let to: number | null = null;
    const days = DAY_RANGE.exec(left.text);
    if (left.type === 'range' && days && MONTHS.includes(tokens[right.first]?.normal ?? '')) {
      // "20-21 July": the two days written as one word, the month after it.
      if (text.slice(left.end, right.start) !== ' ') continue;
      [from, to] = [Number(days[1]), Number(days[2])];
    } else if (
      (left.type === 'number' || left.type === 'ordinal') &&
      left.first === left.last &&
      MONTHS.includes(tokens[right.first + 1]?.normal ?? '')
    ) {
      const joiner = tokens.slice(left.last + 1, right.first);
      if (joiner.length !== 1 || !DAY_JOINERS.has(joiner[0]!.normal)) continue;
      [from, to] = [dayOf(tokens[left.first]), dayOf(tokens[right.first])];
    }
    if (from === null || to === null || from < 1 || from >= to || to > 31) continue;
    entities.splice(index - 1, 2, {
      type: 'date',
      first: left.first,
      last: right.last,
      start: left.start,
      end: right.end,
      text: text.slice(left.start, right.end),
    });
  }
}

/** English's adverbs counting occurrences (a closed class): "twice a month". */
const MULTIPLICATIVES: ReadonlySet<string> = new Set(['once', 'twice', 'thrice']);
/**
 * Words putting a count or a figure per unit (a closed class): "three times a day", "twice per
 * week", "£185 a night".
 */
export const PER_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every']);

/**
 * "three times a day", "twice a month", "four times per hour": how often, one span of time
 * (the model marks the unit alone, or nothing); the figures inside it are no answers of their
 * own.
 */
function frequencies(text: string, tokens: Token[], entities: Entity[]): void {
  tokens.forEach((token, first) => {
    const counted = MULTIPLICATIVES.has(token.normal)
      ? first
      : (token.pos === 'NUM' || /^\d+$/u.test(token.text)) && tokens[first + 1]?.normal === 'times'
        ? first + 1
        : -1;
    if (counted < 0 || !PER_WORDS.has(tokens[counted + 1]?.normal ?? '')) return;
    const last = counted + 2;
    const unit = tokens[last];
    if (!unit || !TIME_UNIT.test(lemmatize(unit.normal))) return;
    for (let index = entities.length - 1; index >= 0; index -= 1)
      if (entities[index]!.first >= first && entities[index]!.last <= last)
        entities.splice(index, 1);
    entities.push({
      type: 'duration',
      first,
      last,
      start: token.start,
      end: unit.end,
      text: text.slice(token.start, unit.end),
    });
  });
}

/** "two-day", "48-hour": a number joined by a hyphen to a unit of time the model marked alone. */
function joinHyphenatedDurations(text: string, tokens: Token[], entities: Entity[]): void {
  for (const entity of entities) {
    if (entity.type !== 'duration') continue;
    const hyphen = tokens[entity.first - 1];
    const number = tokens[entity.first - 2];
    if (hyphen?.text !== '-' || !number || (number.pos !== 'NUM' && !/\d/u.test(number.text)))
      continue;
    if (hyphen.start !== number.end || entity.start !== hyphen.end) continue;
    const index = entities.findIndex((other) => other.first === entity.first - 2);
    if (index >= 0) entities.splice(index, 1);
    entity.first -= 2;
    entity.start = number.start;
    entity.text = text.slice(entity.start, entity.end);
  }
}

/**
 * "In the 38th minute", "in its third year": a unit of time counted by an ordinal is a point
 * in time, not a length of it; the two are one time.
 */
function ordinalTimePoints(text: string, entities: Entity[]): void {
  entities.sort((a, b) => a.start - b.start);
  for (let index = entities.length - 1; index > 0; index -= 1) {
    const ordinal = entities[index - 1]!;
    const unit = entities[index]!;
    if (ordinal.type !== 'ordinal' || unit.type !== 'duration') continue;
    if (!/^[ -]$/u.test(text.slice(ordinal.end, unit.start))) continue;
    entities.splice(index - 1, 2, {
      type: 'time',
      text: text.slice(ordinal.start, unit.end),
      start: ordinal.start,
      end: unit.end,
      first: ordinal.first,
      last: unit.last,
    });
  }
}

/** Minutes and seconds with a fraction of a second ("15:48.2"): a time taken, which no clock shows. */
const RACE_TIME = /^\d{1,3}:[0-5]\d\.\d+$/u;

/** A clock time written with a colon: hours 0–23, two-digit minutes ("12:14", "9:05"). */
const CLOCK = /^(?:[01]?\d|2[0-3]):[0-5]\d$/u;

/** A point on the clock: "9am", "7.30 p.m.", "18:00", "noon". */
const CLOCK_POINT = String.raw`(?:\d{1,2}(?:[:.][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|(?:[01]?\d|2[0-3]):[0-5]\d|noon|midnight)`;
/** Hours between two points on the clock: "9am to 7pm", "from 6am until noon". */
const CLOCK_RANGE = new RegExp(
  String.raw`^(?:from\s+)?${CLOCK_POINT}\s*(?:to|until|till|-|–)\s*${CLOCK_POINT}$`,
  'iu',
);

/**
 * "Updated at 12:14": a figure written as a clock time is a time, not a number; "open 9am to
 * 7pm": hours between two clock times are times of day, not a length of time.
 */
function clockTimes(text: string, entities: Entity[], tokens: readonly Token[]): void {
  for (const entity of entities) {
    // "…, 6pm to 11pm.": the sentence's full stop is no part of the hours ("11 p.m." keeps its
    // own).
    if (
      (entity.type === 'duration' || entity.type === 'time') &&
      /\d\s*[ap]m\.$/iu.test(entity.text)
    ) {
      entity.text = entity.text.slice(0, -1);
      entity.end -= 1;
      while (entity.last > entity.first && tokens[entity.last]!.start >= entity.end)
        entity.last -= 1;
    }
    if (
      (entity.type === 'number' && CLOCK.test(entity.text)) ||
      (entity.type === 'duration' && CLOCK_RANGE.test(entity.text))
    )
      entity.type = 'time';
    // "9.30 am", "3 p.m.": hours (and minutes after a point or a colon) before "am" or "pm".
    const meridiem = tokens[entity.last + 1];
    if (
      entity.type === 'number' &&
      /^\d{1,2}(?:[.:][0-5]\d)?$/u.test(tokens[entity.last]!.text) &&
      meridiem !== undefined &&
      MERIDIEM.test(meridiem.text)
    ) {
      entity.type = 'time';
      entity.last += 1;
      entity.end = meridiem.end;
      entity.text = text.slice(entity.start, entity.end);
    }
  }
}

/** "am", "pm", "a.m.", "p.m." after the hour. */
const MERIDIEM = /^[ap]\.?m\.?$/iu;

/** Years from one to another: "from 1978 to 1990", "1978–1990". */
const YEAR_SPAN =
  /^(?:from\s+)?(?:1[5-9]|20)\d\d\s*(?:to|until|till|through|-|–)\s*(?:1[5-9]|20)\d\d$/iu;

/**
 * "which she led from 1978 to 1990", "open Wednesday to Sunday": a span from one year or day
 * of the week to another says when, a period of dates, not a length of time.
 */
function dateSpans(entities: Entity[]): void {
  for (const entity of entities)
    if (
      entity.type === 'duration' &&
      (YEAR_SPAN.test(entity.text) || WEEKDAY_RANGE.test(entity.text))
    )
      entity.type = 'date';
}

/**
 * Figures opening with a nought, four digits or more ("01632 960771", "0800 048 2215"): a
 * telephone number's or a code's pieces, no date, year or amount (English writes no amount
 * with a leading nought).
 */
const DIALLED = /^0\d{3,}$/u;
/** …and the groups after one, a space apart ("917" and "3300" of "0800 917 3300"). */
const DIALLED_BEFORE = /(?<![\d.,])0\d{3,}(?: \d+)* $/u;
/** Characters before a figure within which a dialled number's opening group is looked for. */
const DIALLED_REACH = 24;

/** A decade written in figures: "the 1290s", "1920s". */
const DECADE = /^\d{3}0s$/u;

/** English's days of the week (a closed class). */
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;

/** True for a day of the week's name, singular or plural ("Monday", "mondays"). */
export function isWeekday(word: string): boolean {
  return new RegExp(String.raw`^${WEEKDAY}s?$`, 'iu').test(word);
}
/** A day of the week in the plural ("Mondays"), which the model may take for a name. */
const WEEKDAYS = new RegExp(String.raw`^${WEEKDAY}s$`, 'iu');
/** Days of the week from one to another: "Wednesday to Sunday", "Monday–Friday". */
const WEEKDAY_RANGE = new RegExp(
  String.raw`^(?:from\s+)?${WEEKDAY}s?\s*(?:to|until|till|through|-|–)\s*${WEEKDAY}s?$`,
  'iu',
);

/**
 * "fermented for 36 hours before baking": a time the model ends with a preposition that
 * governs what follows ("before baking", "after the crash") is a length of time and the
 * phrase it is measured from; the length is the duration. Alone ("two days before.",
 * "36 hours later") it stays a point in time.
 */
function prepositionalDurations(text: string, tokens: Token[], entities: Entity[]): void {
  for (const entity of entities) {
    if (entity.type !== 'time' || entity.last <= entity.first) continue;
    const last = tokens[entity.last]!;
    const next = tokens[entity.last + 1];
    if ((last.pos !== 'ADP' && last.pos !== 'SCONJ') || !next || next.pos === 'PUNCT') continue;
    const span = tokens.slice(entity.first, entity.last);
    if (!span.some((token) => token.pos === 'NUM')) continue;
    entity.type = 'duration';
    entity.last -= 1;
    entity.end = tokens[entity.last]!.end;
    entity.text = text.slice(entity.start, entity.end);
  }
}

/**
 * English's units of time, singular (a closed class): compounded with "long" ("a daylong
 * visit"), counted per ("twice a month"), or counted in a length of time ("two years ago").
 */
export const TIME_UNIT =
  /^(?:second|minute|hour|day|night|week|weekend|fortnight|month|year|season|decade|century)$/u;

/**
 * "a daylong visit", "a year-long delay": a unit of time compounded with "long", written
 * solid or hyphenated, is a duration (the model marks the unit alone, or nothing).
 */
function addLongCompounds(text: string, tokens: Token[], entities: Entity[]): void {
  tokens.forEach((token, index) => {
    const solid = /^(\p{L}+)long$/u.exec(token.normal);
    const hyphen = tokens[index + 1];
    const long = tokens[index + 2];
    const hyphenated =
      TIME_UNIT.test(token.normal) &&
      hyphen?.text === '-' &&
      long?.normal === 'long' &&
      hyphen.start === token.end &&
      long.start === hyphen.end;
    if (!(solid && TIME_UNIT.test(solid[1]!)) && !hyphenated) return;
    const last = hyphenated ? index + 2 : index;
    const at = entities.findIndex((entity) => entity.first <= index && index <= entity.last);
    if (at >= 0) {
      if (entities[at]!.first !== index || entities[at]!.last !== index) return;
      entities.splice(at, 1);
    }
    const end = tokens[last]!.end;
    entities.push({
      type: 'duration',
      text: text.slice(token.start, end),
      start: token.start,
      end,
      first: index,
      last,
    });
  });
}

/**
 * "over about four weekends", "for two nights", "ten seasons": a count right before a unit of
 * time measures a length of time, as "three weeks" does (the model marks the count alone).
 */
function countedUnits(text: string, tokens: Token[], entities: Entity[]): void {
  for (const [at, entity] of entities.entries()) {
    const unit = tokens[entity.last + 1];
    if (
      entity.type !== 'number' ||
      // "the 2019/20 season" names a season by its years; it measures nothing.
      /^(?:1[89]|20)\d\d(?:[/–-]\d{2,4})?$/u.test(entity.text) ||
      unit?.pos !== 'NOUN' ||
      !TIME_UNIT.test(lemmatize(unit.normal)) ||
      entities.some((other) => other.first <= entity.last + 1 && entity.last + 1 <= other.last)
    )
      continue;
    entities[at] = {
      type: 'duration',
      text: text.slice(entity.start, unit.end),
      start: entity.start,
      end: unit.end,
      first: entity.first,
      last: entity.last + 1,
    };
  }
}

/**
 * "a budget of 3.2 million kronor, of which the council paid 1.1 million": a figure with a
 * scale word and no noun after it, in a sentence stating an amount of money, leaves the
 * currency unsaid; it is money too.
 */
function ellipticalAmounts(tokens: Token[], entities: Entity[]): void {
  if (!entities.some((entity) => entity.type === 'money')) return;
  for (const entity of entities) {
    if (entity.type !== 'number' || !MAGNITUDE.test(tokens[entity.last]?.text ?? '')) continue;
    const next = tokens[entity.last + 1];
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) continue;
    entity.type = 'money';
  }
}

/** Numbers the model did not mark (currency symbols, "3-1", "2021-22", bare digits). */
function addMissedAmounts(text: string, tokens: Token[], entities: Entity[]): void {
  const covered = (index: number) =>
    entities.some((entity) => entity.first <= index && index <= entity.last);
  tokens.forEach((token, index) => {
    if (covered(index)) return;
    if (token.pos !== 'NUM' && !DIGITS.test(token.text)) return;
    if (!/\d/u.test(token.text)) return;
    let first = index;
    let last = index;
    const before = tokens[index - 1];
    // A currency sign (or a percent sign) glued before the figure is part of it; an asterisk
    // of emphasis ("**23:20**") is not.
    if (
      before &&
      before.pos === 'SYM' &&
      before.end === token.start &&
      /^[\p{Sc}%]$/u.test(before.text)
    )
      first = index - 1;
    const after = tokens[index + 1];
    if (after && MAGNITUDE.test(after.text)) last = index + 1;
    const symbol = first < index;
    const start = tokens[first]!.start;
    const end = last > index ? figureEnd(tokens[last]!) : tokens[last]!.end;
    const entityText = text.slice(start, end);
    const type: EntityType = symbol
      ? text[start] === '%'
        ? 'percent'
        : 'money'
      : YEAR.test(token.text)
        ? 'year'
        : YEAR_RANGE.test(token.text)
          ? 'year'
          : /^\d+[-–]\d+$/u.test(token.text)
            ? 'range'
            : // "2:03:11": hours, minutes and seconds are a time taken (a race's, a film's); a
              // clock time is written with hours and minutes alone. So are minutes and seconds
              // with a fraction of a second ("15:48.2"): no clock counts tenths.
              /^\d{1,2}:\d\d:\d\d(?:\.\d+)?$/u.test(token.text) || RACE_TIME.test(token.text)
              ? 'duration'
              : // "23:20": hours and minutes, a clock time.
                /^([01]?\d|2[0-3]):[0-5]\d$/u.test(token.text)
                ? 'time'
                : 'number';
    entities.push({ type, text: entityText, start, end, first, last });
  });
}

/** Imperatives the model may tag as proper nouns when they open a question. */
const COMMON_OPENERS = new Set([
  'name',
  'list',
  'summarize',
  'summarise',
  'compare',
  'describe',
  'explain',
  'tell',
  'give',
  'show',
]);

/**
 * English capitalises a verb only to open a sentence or in a title: in running text a
 * capitalised word the tagger calls a verb (or an adverb, before a name) is a proper noun ("What were Tessellate Devices'
 * revenues?"). Texts in title case ("Tessellate Cuts the Price") are left as tagged.
 */
function properNounsInRunningText(tokens: Token[]): void {
  // In title case every word but function words is capitalised; running text writes some
  // other word in lower case ("What's the budget for Ember Forge III?": "budget").
  const running = tokens.some(
    (token) => /^\p{Ll}/u.test(token.text) && token.pos !== 'PART' && !isStopword(token.normal),
  );
  if (!running) return;
  tokens.forEach((token, index) => {
    const before = tokens[index - 1];
    // An adverb too, right before a name or a possessive ("— Ninefold Interactive's shooter",
    // "What is Ninefold's new game?": the tagger reads "ninefold" as "nine times"); an adverb
    // opening a clause ("However,") is followed by a comma.
    const next = tokens[index + 1];
    const adverbBeforeName =
      token.pos === 'ADV' && (next?.pos === 'PROPN' || /^['’]s$/u.test(next?.text ?? ''));
    if (
      (token.pos === 'VERB' || adverbBeforeName) &&
      /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
      before !== undefined &&
      !/^[.!?:"“‘'([]$/u.test(before.text)
    )
      token.pos = 'PROPN';
  });
}

/** English's modal auxiliaries (a closed class), each followed by a verb's bare form. */
const MODALS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
]);
/**
 * English's negative pronouns (a closed class) that the tagger's negation misses; it marks the
 * words after "no", "none" and "not", and these negate as "no one" does.
 */
export const NEGATIVE_PRONOUNS: ReadonlySet<string> = new Set(['nobody', 'nothing', 'nowhere']);

/**
 * "Nobody on my team will lose their job", "Nothing was lost": a negative pronoun negates what
 * follows it, as "No one was hurt" does; its words are marked as the tagger marks those after
 * "no", to the sentence's end (`inNegationScope` ends the reach at a clause of its own).
 */
function negatedAfterNegativePronouns(tokens: Token[]): void {
  let negating = false;
  for (const token of tokens) {
    if (negating) {
      if (['.', '!', '?'].includes(token.normal)) negating = false;
      else token.negated = true;
    } else if (token.pos === 'PRON' && NEGATIVE_PRONOUNS.has(token.normal)) negating = true;
  }
}

/** Parts of speech that open a verb's object or complement: "direct the film", "direct it", "direct Crownfire", "vote for", "cost £18.5 million". */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NUM', 'ADP', 'SYM']);

/**
 * "Quenneville will not direct the film": after a modal (and "not" or adverbs) English needs a
 * verb's bare form, which the tagger may read as an adjective or a noun ("direct", "cut",
 * "back") when an object or a preposition follows it. Such a word is the verb.
 */
function bareVerbsAfterModals(tokens: Token[]): void {
  tokens.forEach((token, index) => {
    if (token.pos !== 'ADJ' && token.pos !== 'NOUN') return;
    if (!OBJECT_OPENERS.has(tokens[index + 1]?.pos ?? '')) return;
    let before = index - 1;
    while (before >= 0 && (tokens[before]!.pos === 'ADV' || tokens[before]!.pos === 'PART'))
      before -= 1;
    const modal = tokens[before];
    if (modal?.pos !== 'AUX' || !MODALS.has(modal.normal)) return;
    token.pos = 'VERB';
    token.lemma = lemmatize(token.normal);
  });
}

/**
 * "Who shot the last wolf?", "…Priya Natarajan, who chairs the board": "who" is a subject, so
 * the word after it is its verb when an object opens after that word; the tagger may read it
 * as a noun ("shot", "chairs").
 */
function verbsAfterWho(tokens: Token[]): void {
  tokens.forEach((token, index) => {
    if (token.pos !== 'NOUN' || tokens[index - 1]?.normal !== 'who') return;
    if (!OBJECT_OPENERS.has(tokens[index + 1]?.pos ?? '')) return;
    token.pos = 'VERB';
    token.lemma = lemmatize(token.normal);
  });
}

/**
 * "about 3,400 holds", "How many holds are there?": a word in "-s" right after a number above
 * one (no year: "in 2019 …") or "many" is a plural noun the number counts, as a verb in "-s"
 * agrees with one thing only; the tagger may read it as a verb ("holds", "runs").
 */
function pluralsAfterCounts(tokens: Token[]): void {
  tokens.forEach((token, index) => {
    if (token.pos !== 'VERB' || !/\p{L}s$/u.test(token.normal) || index === 0) return;
    const before = tokens[index - 1]!;
    // "the Nimbus 2 comes out": a number after a name is the name's (a model's), counting nothing.
    if (tokens[index - 2]?.pos === 'PROPN') return;
    const counts =
      before.normal === 'many' ||
      (before.pos === 'NUM' &&
        !['one', '1', 'a'].includes(before.normal) &&
        !YEAR.test(before.text));
    if (!counts) return;
    token.pos = 'NOUN';
    token.lemma = lemmatize(token.normal);
  });
}

/** The forms of "have". */
const HAVE_FORMS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having']);

/**
 * "Did the trust have concerns about the chimney?": after "have" English's verb is a past
 * participle, and no participle ends in "-s"; a word in "-s" the tagger reads as a verb there is
 * a plural noun, the object of "have" as a verb of its own (possession).
 */
function pluralsAfterHave(tokens: Token[]): void {
  tokens.forEach((token, index) => {
    if (token.pos !== 'VERB' || !/\p{L}s$/u.test(token.normal) || /ss$/u.test(token.normal)) return;
    const have = tokens[index - 1];
    if (have === undefined || !HAVE_FORMS.has(have.normal)) return;
    token.pos = 'NOUN';
    token.lemma = lemmatize(token.normal);
    have.pos = 'VERB';
    have.lemma = 'have';
  });
}

/** English's interrogative determiners: a noun phrase follows them ("what fee", "which pay rise"). */
const INTERROGATIVE_DETERMINERS: ReadonlySet<string> = new Set(['what', 'which', 'whose']);

/**
 * "What pay rise does the union want?": a word in its bare form right after an interrogative
 * determiner and before a noun modifies that noun, as the determiner takes a noun phrase; the
 * tagger may read it as a verb. A finite verb there has an ending ("What causes delays?").
 */
function nounsAfterInterrogatives(tokens: Token[]): void {
  tokens.forEach((token, index) => {
    if (token.pos !== 'VERB' || index === 0) return;
    if (!INTERROGATIVE_DETERMINERS.has(tokens[index - 1]!.normal)) return;
    if (tokens[index + 1]?.pos !== 'NOUN' || lemmatize(token.normal) !== token.normal) return;
    token.pos = 'NOUN';
    token.lemma = token.normal;
  });
}

/**
 * A piece of a figure the tokenizer split ("113th" read as "1" and "13th"): a figure or
 * duration glued to a digit on either side is no figure of its own.
 */
function splitFigure(entity: Entity, tokens: Token[]): boolean {
  const before = tokens[entity.first - 1];
  const after = tokens[entity.last + 1];
  const first = tokens[entity.first]!;
  const last = tokens[entity.last]!;
  return (
    (before !== undefined && before.end === first.start && /\d$/u.test(before.text)) ||
    (after !== undefined && after.start === last.end && /^\d/u.test(after.text))
  );
}

/** Runs of proper nouns ("Ahmad Vahidi", "Jaish al-Adl", "Bank of England") are names. */
/**
 * The particles names written in Latin script keep in lower case between their capitalised
 * words (a closed class of naming conventions: Portuguese, Spanish, Italian, French, Dutch,
 * German, Arabic): "Casa do Rio", "Leonardo da Vinci", "Vincent van Gogh", "Ana dos Santos".
 */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'van',
  'von',
  'bin',
  'ibn',
]);

/**
 * A quoted span: straight or curly double quotes, on one line; or a span in single emphasis
 * ("*The Quay at Dusk*", "_Warp and Weft_"), as titles of works are set in italics.
 */
const QUOTED =
  /["“]([^"“”\n]{1,80})["”]|(?<![*_\p{L}\p{N}])[*_](?![*_\s])([^*_\n]{1,80})(?<!\s)[*_](?![*_\p{L}\p{N}])/gu;
/** Words of a work's title at most ("The Glass Orchard", "North of Quiet"). Set once, not tuned. */
const MAX_TITLE_WORDS = 6;

/**
 * "The Glass Orchard", "North of Quiet", "Evening Ferries": a short quotation whose words
 * are capitalised, but for function words, is a work's title (English's convention for
 * books, films, songs, shows) and one name, whole, whatever the model made of its words. A
 * quoted sentence ("This is a year of debuts," she said) is none.
 */
function quotedTitles(text: string, tokens: Token[], entities: Entity[]): void {
  for (const match of text.matchAll(QUOTED)) {
    const inner = (match[1] ?? match[2])!;
    const words = inner.split(/\s+/u);
    if (words.length > MAX_TITLE_WORDS || /[,.;:!?]$/u.test(inner)) continue;
    const titled = words.every(
      (word, index) => /^\p{Lu}/u.test(word) || (index > 0 && isStopword(word.toLowerCase())),
    );
    if (!titled) continue;
    const start = match.index + match[0].indexOf(inner);
    const end = start + inner.length;
    const first = tokens.findIndex((token) => token.start >= start);
    let last = first;
    while (tokens[last + 1] !== undefined && tokens[last + 1]!.end <= end) last += 1;
    if (first < 0 || tokens[first]!.start >= end) continue;
    for (let at = entities.length - 1; at >= 0; at -= 1)
      if (entities[at]!.start < end && entities[at]!.end > start) entities.splice(at, 1);
    entities.push({ type: 'name', text: inner, start, end, first, last });
  }
}

/** Parts of speech of function words, which English writes in lower case inside a sentence. */
const FUNCTION_POS: ReadonlySet<string> = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'ADV']);

/**
 * True when the function word at `index` is capitalised inside a sentence, right before a
 * capitalised name ("founded by Hana Okafor and Per Strand", the tagger reading "Per" as a
 * preposition): English capitalises one there only as part of a name.
 */
function capitalisedInside(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const before = tokens[index - 1];
  const next = tokens[index + 1];
  return (
    before !== undefined &&
    before.pos !== 'PUNCT' &&
    FUNCTION_POS.has(token.pos) &&
    /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
    next?.pos === 'PROPN' &&
    next.start === token.end + 1 &&
    /^\p{Lu}/u.test(next.text)
  );
}

function addNames(text: string, tokens: Token[], entities: Entity[]): void {
  // Month and day names are dates, not names.
  const dated = new Set<number>();
  for (const entity of entities)
    if (entity.type === 'date' || entity.type === 'time' || entity.type === 'duration')
      for (let at = entity.first; at <= entity.last; at += 1) dated.add(at);
  // A currency's letters before its amount ("CHF 74", "Rs 380") are the sum's, not a name.
  const priced = new Set<number>();
  for (const entity of entities)
    if (entity.type === 'money')
      for (let at = entity.first; at <= entity.last; at += 1) priced.add(at);
  // "Seventeen volunteers were called out": a number word opening the sentence is capitalised
  // as any first word is; followed by a word in lower case, it counts, and starts no name.
  const firstWord = tokens.findIndex((token) => token.pos !== 'PUNCT');
  const openingNumber =
    firstWord >= 0 &&
    /^\p{Ll}/u.test(tokens[firstWord + 1]?.text ?? '') &&
    entities.some(
      (entity) =>
        entity.type === 'number' && entity.first === firstWord && !/\d/u.test(entity.text),
    );
  let index = 0;
  while (index < tokens.length) {
    if (
      (tokens[index]!.pos !== 'PROPN' && !capitalisedInside(tokens, index)) ||
      !/\p{Lu}/u.test(tokens[index]!.text) ||
      dated.has(index) ||
      priced.has(index) ||
      (openingNumber && index === firstWord)
    ) {
      index += 1;
      continue;
    }
    let last = index;
    for (;;) {
      const next = tokens[last + 1];
      const after = tokens[last + 2];
      if (!next) break;
      const glued = next.start === tokens[last]!.end;
      if (next.pos === 'PROPN' && /^[\p{Lu}\d]/u.test(next.text) && !dated.has(last + 1)) last += 1;
      // "Division One", "Formula One": a number written as a capitalised word after a name's
      // word is the name's own (English capitalises it only there).
      else if (next.pos === 'NUM' && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !dated.has(last + 1))
        last += 1;
      // "the Kellan Hills National Park": a capitalised common noun after a name's word, inside
      // a sentence, is the name's own head noun (English capitalises it only there), unless a
      // name follows it: a title before a name ("Iranian President Ebrahim Raisi").
      // A capitalised noun in "-ing" goes on the name whatever follows ("Brackley Building
      // Society", "Castle Forge Racing Club"): English's titles are no such nouns.
      else if (
        next.pos === 'NOUN' &&
        /^\p{Lu}\p{Ll}/u.test(next.text) &&
        !dated.has(last + 1) &&
        (!(after !== undefined && /^\p{Lu}/u.test(after.text)) || /\p{Ll}ing$/u.test(next.text))
      )
        last += 1;
      // "the Kellan Sheep Farmers' Association": a plural possessive's apostrophe inside a name.
      else if (
        next.text === "'" &&
        glued &&
        /s$/u.test(tokens[last]!.text) &&
        after !== undefined &&
        (after.pos === 'PROPN' || after.pos === 'NOUN') &&
        /^\p{Lu}/u.test(after.text)
      )
        last += 2;
      // "Inter-Services", "Jaish al-Adl": parts joined by a hyphen without spaces.
      else if (
        next.text === '-' &&
        glued &&
        after &&
        after.start === next.end &&
        /^[\p{Lu}\d]/u.test(after.text)
      )
        last += 2;
      else if (after?.text === '-' && after.start === next.end && /^\p{Ll}+$/u.test(next.text))
        last += 1;
      // "Jaish-ul-Adl": a lower-case particle between two hyphens inside a name.
      else if (
        next.text === '-' &&
        glued &&
        after &&
        after.start === next.end &&
        /^\p{Ll}+$/u.test(after.text) &&
        tokens[last + 3]?.text === '-' &&
        tokens[last + 3]!.start === after.end &&
        /^\p{Lu}/u.test(tokens[last + 4]?.text ?? '') &&
        tokens[last + 4]!.start === tokens[last + 3]!.end
      )
        last += 3;
      // "Casa do Rio", "Vila Nova de Gaia", "Vincent van Gogh": a name particle between two
      // capitalised words.
      else if (
        NAME_PARTICLES.has(next.text) &&
        after?.pos === 'PROPN' &&
        /^\p{Lu}/u.test(after.text) &&
        !dated.has(last + 2)
      )
        last += 2;
      // "Marlowe & Finch Securities": an ampersand between two capitalised words.
      else if (next.text === '&' && after?.pos === 'PROPN' && /^\p{Lu}/u.test(after.text))
        last += 2;
      // "Bank of England", "Chief of the Army Staff".
      else if (next.normal === 'of' && after?.pos === 'PROPN' && /^\p{Lu}/u.test(after.text))
        last += 2;
      else if (
        next.normal === 'of' &&
        after?.normal === 'the' &&
        tokens[last + 3]?.pos === 'PROPN' &&
        /^\p{Lu}/u.test(tokens[last + 3]!.text)
      )
        last += 3;
      else break;
    }
    // A model number is part of the name: "Aria 5", "Halo Cam 2".
    const model = tokens[last + 1];
    if (
      model &&
      model.pos === 'NUM' &&
      /^\d{1,2}$/u.test(model.text) &&
      model.start === tokens[last]!.end + 1 &&
      !dated.has(last + 1) &&
      !priced.has(last + 1)
    )
      last += 1;
    // "Series A", "Terminal A": the capital letter after a name says which one of its kind it
    // names, as "Series B" does, though the tagger reads the article "a" in it; a word in lower
    // case or nothing must follow ("a Series A funding round"), not another capitalised word
    // ("Fernhill Wins A Gold Medal" is a headline's article).
    const letter = tokens[last + 1];
    const afterLetter = tokens[last + 2];
    if (
      letter?.text === 'A' &&
      letter.start === tokens[last]!.end + 1 &&
      (afterLetter === undefined || !/^\p{Lu}/u.test(afterLetter.text))
    )
      last += 1;
    const start = tokens[index]!.start;
    const end = tokens[last]!.end;
    // "31°C", "451 °F": a scale's letter after the degree sign is a unit, not a name.
    const degrees =
      index === last && tokens[index - 1]?.text === '°' && /^[CFK]\.?$/u.test(tokens[index]!.text);
    if (degrees) {
      index = last + 1;
      continue;
    }
    // The first word of a sentence is capitalised anyway: "Name the…", "List…" are not names.
    const opening = index === 0 && last === 0;
    // "Inc.", "Ltd.", "Jr.": an abbreviation alone names nothing (initialisms like "U.S." do).
    const abbreviation = index === last && /^\p{Lu}\p{Ll}+\.$/u.test(tokens[index]!.text);
    if (
      !abbreviation &&
      !(opening && COMMON_OPENERS.has(tokens[0]!.pos === 'PROPN' ? tokens[0]!.normal : ''))
    ) {
      entities.push({ type: 'name', text: text.slice(start, end), start, end, first: index, last });
    }
    index = last + 1;
  }
}
