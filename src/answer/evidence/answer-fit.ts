/**
 * How well a name fits the kind of name asked for, from English grammar
 * rather than lists of names: places follow locative prepositions ("at
 * Kingsmead", "in Tehran"); people's names are words, not model numbers
 * ("Aria 4"), and usually more than one; organisations rarely follow "at".
 */
import { PERSONAL_SUBJECTS } from './verb-arguments.js';
import {
  isHyphenedAge,
  TIME_UNIT,
  YEAR,
  type Entity,
  type ParsedText,
} from '../analyze/parse-text.js';
import { MONTHS } from '../../ingest/extract-metadata.js';
import { isStopword, lemmatize } from '../../text/tokenize.js';
import { LOCATIVE, type AnswerType } from '../analyze/question-types.js';
import { REPORTING_VERBS } from '../analyze/reporting-verbs.js';

/** What a reporting date keeps of its fit as an event's date. */
export const REPORT_DATE_FIT = 0.3;

/**
 * The date follows a verb of reporting, with or without "on" or "in": "said on Tuesday",
 * "announced Monday", "said in April".
 */
function datesReport(entity: Entity, parsed: ParsedText): boolean {
  let at = entity.first - 1;
  if (parsed.tokens[at]?.normal === 'on' || parsed.tokens[at]?.normal === 'in') at -= 1;
  const verb = parsed.tokens[at];
  return verb !== undefined && verb.pos === 'VERB' && REPORTING_VERBS.has(verb.lemma);
}

/**
 * A person's fit for a name whose last word is a common English word: more likely an
 * organisation or a place, though some surnames are common words ("Hill", "Young").
 * Chosen on the development sets.
 */
const COMMON_END_FIT = 0.5;

/** English's words placing a span of time after or before another time (a closed class): "months after", "two hours into". */
const OFFSET_WORDS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'ago',
  'later',
  'earlier',
  'into',
]);
/**
 * How well an offset ("months after") or a period named with "the" ("for the year") fits "how
 * long"; below the least fit an answer needs.
 */
const OFFSET_FIT = 0.3;

/**
 * The duration is a unit of time alone, no count or article before it ("for years", "every
 * week"; not "took a week").
 */
function isBareUnit(entity: Entity, parsed: ParsedText): boolean {
  const tokens = parsed.tokens.slice(entity.first, entity.last + 1);
  return (
    tokens.length === 1 &&
    tokens[0]!.pos === 'NOUN' &&
    !['a', 'an'].includes(parsed.tokens[entity.first - 1]?.normal ?? '')
  );
}

/** English's prepositions that mark the point a time ends at (a closed class): "until 1949". */
const END_POINT_WORDS: ReadonlySet<string> = new Set(['until', 'till', 'through']);
/** …and the point a state has held from: "has been chair since 2012". */
const START_POINT_WORDS: ReadonlySet<string> = new Set(['since']);

/**
 * The time is a preposition of `points` and a date, with no unit of time: "until March 2020",
 * "since 2012".
 */
function boundedByDate(entity: Entity, parsed: ParsedText, points: ReadonlySet<string>): boolean {
  const tokens = parsed.tokens.slice(entity.first, entity.last + 1);
  if (tokens.length < 2 || !points.has(tokens[0]!.normal)) return false;
  const rest = tokens.slice(1);
  return (
    rest.some((token) => YEAR.test(token.text) || MONTHS.includes(token.normal)) &&
    // A unit of time counted makes a length of time ("until two years ago").
    !rest.some((token) => TIME_UNIT.test(lemmatize(token.normal)))
  );
}

/** English's ordinals of a series' ends (a closed class): "the first run since March 2020". */
const SERIES_ENDS: ReadonlySet<string> = new Set(['first', 'last']);

/**
 * True when "since" follows a first, a last or a superlative in its phrase ("the first Harwood
 * Park Run since March 2020", "the highest total since 2009"): it dates the one before of its
 * kind, not a state that began then.
 */
function sinceLastOfKind(entity: Entity, parsed: ParsedText): boolean {
  for (let at = entity.first - 1; at >= 0; at -= 1) {
    const token = parsed.tokens[at]!;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT') return false;
    if (SERIES_ENDS.has(token.normal) || token.normal === 'most' || token.normal === 'least')
      return true;
    // A superlative in "-est" ("highest", "biggest"); not a word whose stem ends so ("west").
    if (token.pos === 'ADJ' && /^\p{L}{3,}est$/u.test(token.normal) && token.lemma !== token.normal)
      return true;
  }
  return false;
}

/**
 * How well a time a state has held since fits a "when" question: "has been chair since 2012"
 * says when she became chair, less surely than a date of the asked event does (another's state
 * may be told beside it). Set once, as a clock time's is (below), not tuned.
 */
const START_POINT_FIT = 0.5;

/** How well a day fits a "what time" question: below the least fit an answer needs (0.4). */
const DATE_AS_TIME_FIT = 0.3;

/** How well a clock time fits a "when" question; set once (half a dated day's), not tuned. */
const TIME_AS_DATE_FIT = 0.5;

/** How well a lone figure fits a score asked for; chosen on the development sets. */
const LONE_FIGURE_SCORE_FIT = 0.5;

/** 0 (unlikely) to 1 (likely) that `entity` is an answer of `type`. */
export function answerFit(
  entity: Entity,
  parsed: ParsedText,
  type: AnswerType,
  isCommonWord: (word: string) => boolean = () => false,
  reportingAsked = false,
  kindOf: (name: string) => AnswerType | null = () => null,
  /** A person only, no actor: "who" asked by a noun or verb naming a person ("Who is the chief executive…?"). */
  personOnly = false,
  /** True for a word of English's vocabulary, rare or not ("trustees"). */
  isEnglishWord: (word: string) => boolean = isCommonWord,
  /**
   * The sentence's "today", "yesterday" or "tomorrow" is an exact day: its article has a date
   * and it states the asked verb.
   */
  exactDeicticDay = false,
): number {
  // A date with a day and month or a month and year says more than a weekday or "last week";
  // "…, the studio said on Tuesday" dates the report, not the event (unless reporting is asked).
  // In a dated article "today", "yesterday" and "tomorrow" name a day as exactly as a date does
  // ("Meridell Hotel Group today reopened The Copperline", of 22 May 2023).
  if (type === 'date' && (entity.type === 'date' || entity.type === 'year')) {
    const fit =
      /\d/u.test(entity.text) ||
      (exactDeicticDay && /^(?:yesterday|today|tomorrow)$/iu.test(entity.text.trim()))
        ? 1
        : /\b(yesterday|today|tomorrow|week|weekend|this|last|next|coming)\b/iu.test(entity.text)
          ? 0.3
          : 0.5;
    return !reportingAsked && datesReport(entity, parsed) ? fit * REPORT_DATE_FIT : fit;
  }
  // "When did trams stop crossing?" — "Trams crossed it until 1949": a time up to a date ends
  // on that date; any other length of time ("five years") says nothing of when.
  if (type === 'date' && entity.type === 'duration')
    return boundedByDate(entity, parsed, END_POINT_WORDS)
      ? 1
      : boundedByDate(entity, parsed, START_POINT_WORDS) && !sinceLastOfKind(entity, parsed)
        ? START_POINT_FIT
        : 0;
  // "What was his time?" — "finished second in 2:04:02": hours, minutes and seconds are a
  // time as a race or a film has one; another length of time is no time of day.
  if (type === 'time' && entity.type === 'duration')
    return /^\d{1,2}:\d\d:\d\d/u.test(entity.text) ? 1 : 0;
  // "What time does it open on Sunday?" — "open Tuesday to Saturday… on Sundays from noon": a
  // day is no time of day; below the least fit an answer needs.
  if (type === 'time' && entity.type === 'date') return DATE_AS_TIME_FIT;
  // "When does it check for updates?" — "at 3am": a clock time answers "when", less surely
  // than a date (a news story's "when" is its day); a bare part of the day ("night") hardly.
  if (type === 'date' && entity.type === 'time')
    return /\d/u.test(entity.text) ? TIME_AS_DATE_FIT : TIME_AS_DATE_FIT / 2;
  // "When they are at right angles…": a clause of time answers "when" as a clock time does.
  if (type === 'date' && entity.type === 'clause') return TIME_AS_DATE_FIT;
  // "How long…": "two days" measures. "Comes months after…", "two days later" place one time
  // after another and measure nothing, unless "for" does ("for 36 hours before baking"); a
  // unit alone ("for years", "every week") measures no span: "how long?" asks how many.
  if (type === 'duration' && entity.type === 'duration') {
    const next = parsed.tokens[entity.last + 1]?.normal ?? '';
    const before = parsed.tokens[entity.first - 1]?.normal;
    if (OFFSET_WORDS.has(next) && before !== 'for') return OFFSET_FIT;
    // "Its forecast for the year": a unit after "the" names a period, not a span's length.
    if (before === 'the' && entity.first === entity.last) return OFFSET_FIT;
    if (isBareUnit(entity, parsed)) return 0;
  }
  // A score is two figures ("3-1", "8/10"); a lone figure ("9 million copies") is one less
  // surely.
  if (type === 'score' && entity.type === 'number') return LONE_FIGURE_SCORE_FIT;
  // An age is written "Okafor, 51,", "aged 51", "at the age of 51", "51-year-old" or "51 years
  // old".
  if (type === 'age') {
    const before = parsed.tokens[entity.first - 1]?.normal;
    const after = parsed.tokens
      .slice(entity.last + 1, entity.last + 5)
      .map((token) => token.normal);
    const yearsOld = after.findIndex((word) => word === 'year' || word === 'years');
    // "She was 52.": a bare figure a form of "be" says of a person ends its clause.
    const linking = parsed.tokens[entity.first - 1];
    const subject = parsed.tokens[entity.first - 2];
    const saidOfPerson =
      linking?.lemma === 'be' &&
      subject !== undefined &&
      (PERSONAL_SUBJECTS.has(subject.normal) || subject.pos === 'PROPN') &&
      (after[0] === undefined || /^[.,;]$/u.test(after[0]));
    return saidOfPerson ||
      isHyphenedAge(entity) ||
      (before === ',' && after[0] === ',') ||
      before === 'aged' ||
      (before === 'of' && parsed.tokens[entity.first - 2]?.normal === 'age') ||
      (yearsOld >= 0 && yearsOld <= 1 && after.slice(yearsOld + 1).includes('old'))
      ? 1
      : 0;
  }
  if (entity.type !== 'name') return 1;
  // "The Kellan Sheep Farmers' Association…" read as "Kellan" and "Farmers' Association": a
  // name right before another capitalised word is a piece of a longer name, none itself.
  if (fragmentOfName(entity, parsed)) return FRAGMENT_FIT;
  // A name whose words' vectors say it is another kind ("Iran" asked as a group) fits less.
  const kind = kindOf(entity.text);
  // "Who" is answered by organisations too ("Who bought the firm?" — "the Dutch group
  // Vennik"), unless it asks by a noun or verb naming a person; "which group" is not answered
  // by a person.
  const actor = type === 'person' && kind === 'organization' && !personOnly;
  const mistyped = kind !== null && NAMED.has(type) && kind !== type && !actor ? MISTYPED_FIT : 1;
  return mistyped * nameFit(entity, parsed, type, isCommonWord, isEnglishWord, personOnly);
}

/**
 * True when only punctuation or markup stands before the entity in its sentence: emphasis
 * ("**Present:**") is read as symbols.
 */
export function opensSentence(entity: Entity, parsed: ParsedText): boolean {
  return parsed.tokens
    .slice(0, entity.first)
    .every((token) => token.pos === 'PUNCT' || token.pos === 'SYM');
}

/** A piece of a longer name's fit: below the least fit an answer needs (0.4). */
const FRAGMENT_FIT = 0.2;

/**
 * True when the name is followed, after one space, by a capitalised word the parse left out of
 * it (a common noun the tagger read inside a name): English capitalises a word inside a
 * sentence only as part of a name. A title-case line (every word capitalised) says nothing.
 */
function fragmentOfName(entity: Entity, parsed: ParsedText): boolean {
  const next = parsed.tokens[entity.last + 1];
  if (next === undefined || next.start !== entity.end + 1 || !/^\p{Lu}\p{Ll}/u.test(next.text))
    return false;
  const words = parsed.tokens.filter((token) => /^\p{L}/u.test(token.text));
  return words.some((token) => /^\p{Ll}/u.test(token.text) && token.text.length > 3);
}

/** What a name of another kind than asked keeps of its fit; chosen on the development sets. */
const MISTYPED_FIT = 0.5;
const NAMED: ReadonlySet<AnswerType> = new Set(['person', 'organization', 'place']);

/** A person's fit for a name after "the"; below the least fit an answer needs (0.4). */
const MODIFIER_PERSON_FIT = 0.2;

/** Parts of speech that open the noun a possessive is of ("Ana's kiln", "Ana's new kiln", "Ana's 40 pots"). */
const HEADS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV', 'VERB']);

/** A person's fit for a name in quotation marks or italics (a work's title); below the least fit an answer needs. */
const QUOTED_PERSON_FIT = 0.2;

/**
 * The name stands inside quotation marks, or in single emphasis as titles are set in italics
 * ("*Warp and Weft*"); an article opening the title may be outside the name.
 */
function quoted(entity: Entity, text: string): boolean {
  const before = /(?:["“]|(?<![*_])[*_])(?:the |a |an )?$/iu.test(
    text.slice(Math.max(0, entity.start - 5), entity.start),
  );
  const after = /^(?:["”]|[*_](?![*_]))/u.test(text.slice(entity.end, entity.end + 2));
  return before && after;
}

/** English's titles of address before a person's name (a closed class). */
export const TITLES_OF_ADDRESS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'prof',
  'professor',
]);

/** A word of two capitals or more, and more capitals than small letters ("KUBC", "PhD"; not "McDonald"). */
function initialism(word: string): boolean {
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
  const small = word.match(/\p{Ll}/gu)?.length ?? 0;
  return capitals >= 2 && capitals > small && /^\p{L}+$/u.test(word);
}

/** A person's fit for an initialism ("KUBC"); below the least fit an answer needs (0.4). */
const INITIALISM_PERSON_FIT = 0.2;

/** A person's fit for a name joined by "of" or ending in a company's suffix; below the least fit an answer needs (0.4). */
const INSTITUTION_PERSON_FIT = 0.2;

/** The legal suffixes ending English-speaking companies' names (a closed class). */
const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'co',
  'ltd',
  'limited',
  'inc',
  'plc',
  'llc',
  'llp',
  'corp',
]);

/** A person's name's fit as an organisation or a place: below the least fit an answer needs. */
const ADDRESSED_FIT = 0.2;

/** Prepositions of place that also say where someone belongs: "at Google", "from Halden Hotels". */
const MEMBERSHIP: ReadonlySet<string> = new Set(['at', 'from', 'to']);

function nameFit(
  entity: Entity,
  parsed: ParsedText,
  type: AnswerType,
  isCommonWord: (word: string) => boolean,
  isEnglishWord: (word: string) => boolean,
  personOnly = false,
): number {
  // "in the United States": the preposition may stand before the name's article.
  const article = parsed.tokens[entity.first - 1]?.pos === 'DET' ? 1 : 0;
  const before = parsed.tokens[entity.first - 1 - article];
  const locative = before !== undefined && before.pos === 'ADP' && LOCATIVE.has(before.normal);
  // "on Mill Lane", "blamed on Orla Group": "on" also heads platforms and topics, so it says
  // less for a place than "in" or "at", but still tells against a person or an organisation.
  const on = before?.normal === 'on';
  const words = entity.text.split(/\s+/u);
  const lastWord = words.at(-1)!.toLowerCase();
  const digits = /\d/u.test(entity.text);
  const opening = opensSentence(entity, parsed);
  // A lone capitalised common word ("Iranian", "United") is weaker than a proper name.
  const weak = words.length === 1 && isCommonWord(entity.text.toLowerCase()) ? 0.5 : 1;
  // "…and Sofia Berg, who now runs Sal": English's "who" refers back to people (or groups of
  // them), never to places.
  const after = parsed.tokens[entity.last + 1]?.text === ',' ? 2 : 1;
  const personal = parsed.tokens[entity.last + after]?.normal === 'who';
  // "Mr Ashcombe", "Dr Leila Haddad": a title of address names a person.
  const addressed = TITLES_OF_ADDRESS.has(words[0]!.toLowerCase().replace(/\.$/u, ''));
  if (addressed && (type === 'organization' || type === 'place')) return ADDRESSED_FIT;
  switch (type) {
    case 'place':
      // "northern European chefs": a lone common word before a noun describes it, as a
      // nationality does; it names no place ("from Afghanistan" does).
      // And one opening the sentence ("Residents must not return") is a common word
      // capitalised by its place there, no place's name.
      return (
        (locative ? 1 : digits || personal ? 0.2 : 0.5) *
        (opening || parsed.tokens[entity.last + 1]?.pos === 'NOUN' ? weak : 1)
      );
    case 'person':
      if (digits) return 0;
      // "Dr Eleanor Pask, the GP who founded…": a name after ", the" right after another name
      // is an appositive describing that one, whose own name answers; "who" refers to both.
      if (
        parsed.tokens[entity.first - 1]?.normal === 'the' &&
        parsed.tokens[entity.first - 2]?.normal === ',' &&
        parsed.tokens[entity.first - 3]?.pos === 'PROPN'
      )
        return MODIFIER_PERSON_FIT;
      // "Pike, who has spent…", "goes to Joan Whitaker, who has staffed…": "who" refers back to
      // a person, whatever the name's word means or the preposition before it; but not past a
      // name one is at or in ("Daniel Okafor, currently Deputy Archivist at Northfold
      // Archives, who takes up the post…": the place where the one named before works).
      if (personal && !(locative && ['at', 'in'].includes(before.normal))) return 1;
      if (locative || on) return 0.2;
      // "baking for Pendry's for thirty-four years", "at Sainsbury's.": a possessive with no
      // noun after it stands for a shop or a firm, the owner's name its name.
      if (
        ["'s", '’s'].includes(parsed.tokens[entity.last + 1]?.normal ?? '') &&
        !HEADS.has(parsed.tokens[entity.last + 2]?.pos ?? '')
      )
        return MODIFIER_PERSON_FIT;
      // "the Ashbrook booking office", "won with the Pendry Rye": English does not put "the"
      // right before a person's name (but before a title of address); a name after it is a
      // thing's, or modifies the noun after it.
      // But a name after "the" heading a phrase no preposition governs ("An alliance of those
      // groups, the Baloch Raaji Aajoi Sangar (BRAS), claimed…") may name an organisation
      // doing a verb, and "who" is answered by organisations too, unless it asks by a noun or
      // verb naming a person: a name of another kind than asked. Its words must not all be
      // English's ("The General Manager reported…" is a role capitalised as a title).
      if (parsed.tokens[entity.first - 1]?.normal === 'the' && !addressed)
        return !personOnly &&
          headsActingPhrase(entity, parsed) &&
          words.some((word) => !isStopword(word) && !isEnglishWord(word.toLowerCase()))
          ? MISTYPED_FIT
          : MODIFIER_PERSON_FIT;
      // "a copy of "The Hobbit"": a name in quotation marks is a work's title, by English's
      // convention, not a person's name.
      if (quoted(entity, parsed.text)) return QUOTED_PERSON_FIT;
      // "KUBC", "IRNA", "PhD": a word mostly in capitals is an initialism, as English shortens
      // the names of organisations, places and degrees, not of people.
      if (words.length === 1 && initialism(entity.text)) return INITIALISM_PERSON_FIT;
      // "C" (of "comet C/2023 R4"): a letter alone is an initial or a label, no one's name.
      if (/^\p{Lu}\.?$/u.test(entity.text)) return INITIALISM_PERSON_FIT;
      // "Board of Trustees", "Head of Library Services": a name joined by "of" and ending in an
      // English word names an institution or an office ("Chief of the Army Staff … Qamar Bajwa"
      // ends in the person's name); "Kestrel Ridge Brewing Co.": a company's legal suffix
      // names a company.
      if (
        (words.includes('of') && isEnglishWord(lastWord)) ||
        COMPANY_SUFFIXES.has(lastWord.replace(/\.$/u, ''))
      )
        return INSTITUTION_PERSON_FIT;
      // Names of organisations and places end in the common noun that says what they are
      // ("Wendle County", "Ferncliff Primary", "Linnet Close"); people's end in a surname.
      if (words.length >= 2 && isCommonWord(words.at(-1)!.toLowerCase())) return COMMON_END_FIT;
      // "Arden's Speyside operations", "a Yorkshire distillery": one word of a name right before
      // a common noun modifies it, as a place or a firm does; English names no person so.
      if (words.length === 1 && parsed.tokens[entity.last + 1]?.pos === 'NOUN')
        return MODIFIER_PERSON_FIT;
      return (words.length >= 2 ? 1 : 0.6) * weak;
    case 'organization':
      // People come from, go to and work at organisations; "in" and its kind place things.
      return (digits ? 0.2 : (locative && !MEMBERSHIP.has(before.normal)) || on ? 0.5 : 0.8) * weak;
    default:
      return 1;
  }
}

/**
 * True when the name after "the" heads its phrase (no noun, "-ing" word or possessive follows
 * it) and no preposition but "by" (a passive's doer) governs the phrase: it may be who does a
 * verb, not what one is done with ("won gold with the Pendry Rye").
 */
function headsActingPhrase(entity: Entity, parsed: ParsedText): boolean {
  const next = parsed.tokens[entity.last + 1];
  const governor = parsed.tokens[entity.first - 2];
  return (
    (next === undefined ||
      (!['NOUN', 'PROPN'].includes(next.pos) &&
        !["'s", '’s', "'"].includes(next.normal) &&
        // "the Ashbrook booking office": an "-ing" word right after the name, however the
        // tagger read it, opens a compound noun the name modifies.
        !/\p{L}ing$/u.test(next.normal))) &&
    (governor === undefined || governor.pos !== 'ADP' || governor.normal === 'by')
  );
}

/** English's possessive determiners (a closed class). */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'my',
  'our',
  'your',
  'his',
  'her',
  'its',
  'their',
]);

/**
 * True when a possessive determiner stands before the name, past adjectives ("our new
 * Headteacher"), and no noun follows it (a name modifying a noun may: "our Leeds office").
 */
export function afterPossessive(entity: Entity, parsed: ParsedText): boolean {
  let before = entity.first - 1;
  // Adjectives, however the tagger read them beside a capital ("new/PROPN").
  while (
    before >= 0 &&
    (parsed.tokens[before]!.pos === 'ADJ' ||
      (parsed.tokens[before]!.pos === 'PROPN' && /^\p{Ll}+$/u.test(parsed.tokens[before]!.text)))
  )
    before -= 1;
  const determiner = parsed.tokens[before];
  return (
    determiner !== undefined &&
    POSSESSIVE_DETERMINERS.has(determiner.normal) &&
    parsed.tokens[entity.last + 1]?.pos !== 'NOUN'
  );
}
