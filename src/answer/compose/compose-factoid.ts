/**
 * A factoid: the answer first and short (the entity of the expected type in
 * the best sentence, nearest the question's words, verbatim), then the
 * sentence that states it. Without an expected type, the best sentence or two.
 */
import { datedByArticle, writesMonthFirst } from './dated-by-article.js';
import { deicticYearOf, ofYearEarlier } from '../analyze/year-earlier.js';
import { quartersIn, yearsIn } from '../analyze/find-constraints.js';
import { lemmatize, tokenize } from '../../text/tokenize.js';
import { asksDifference } from '../analyze/classify-question.js';
import { escapeRegExp } from '../../text/escape-reg-exp.js';
import {
  FIGURE_ENTITIES,
  shortUnitAfter,
  continuesNounRun,
  YEAR,
  type Entity,
  type ParsedText,
  type Token,
} from '../analyze/parse-text.js';
import type { AnswerType } from '../analyze/question-types.js';
import { answerFit } from '../evidence/answer-fit.js';
import { fullNameOf } from './full-name.js';
import { withoutAskedRole } from './asked-role.js';
import { REPORTING_VERBS } from '../analyze/reporting-verbs.js';
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';
import type { Draft } from './draft.js';
import { overlap } from './pick-sentences.js';
import { INTRODUCER_SEARCH, isShortLabel, listAfter } from './introduced-list.js';
import { asksDoer } from '../analyze/asks-doer.js';
import { activeDoersOf, doersOf } from '../evidence/passive-agent.js';
import { subjectName } from '../evidence/another-subject.js';
import { answerAfter, asksItself } from './posed-question.js';
import { endsAsking } from '../../text/ends-asking.js';
import { labelledValue, valueLabelledBy } from './labelled-value.js';
import { askedPhrases, meetsAskedPhrase, type Phrase } from '../evidence/figure-phrase.js';

/**
 * Whether `entity` is where a change starts ("cut from $150,000 to $90,000"): "from" before
 * it, "to" and a figure of its kind after it. What the change left is the second figure.
 */
function startsChange(sentence: EvidenceSentence, entity: Entity): boolean {
  const before = sentence.parsed.text.slice(0, entity.start).trimEnd();
  if (!/\bfrom$/iu.test(before)) return false;
  const after = sentence.parsed.text.slice(entity.end);
  const to = /^\s+to\s+/iu.exec(after);
  if (!to) return false;
  const next = entity.end + to[0].length;
  return sentence.answers.some((other) => other.start === next && other.type === entity.type);
}

/** Parts of speech of English's function words, which are no unit of a figure. */
const FUNCTION_POS: ReadonlySet<string> = new Set(['ADP', 'CCONJ', 'SCONJ', 'DET', 'PART', 'AUX']);

/**
 * The change "from X to Y" the figure `entity` starts or ends, as written from "from" to Y's
 * end ("from 410 ms to 95 ms"); null when it is part of none.
 */
function changeOf(sentence: EvidenceSentence, entity: Entity): string | null {
  const text = sentence.parsed.text;
  const fromStart = (start: Entity) => /\bfrom\s+$/iu.exec(text.slice(0, start.start))?.index;
  // A short unit may follow either figure ("from 410 ms to 95 ms"); a function word there
  // ("from £55 to £62") is none.
  const unit = (end: number) => {
    const short = shortUnitAfter(text, end);
    const word = sentence.parsed.tokens.find((token) => token.start >= end);
    return word && FUNCTION_POS.has(word.pos) ? 0 : short.length;
  };
  const endOf = (start: Entity) => {
    const to = /^\s+to\s+/iu.exec(text.slice(start.end + unit(start.end)));
    const next = to ? start.end + unit(start.end) + to[0].length : -1;
    return sentence.answers.find((other) => other.start === next && other.type === start.type);
  };
  const whole = (from: Entity, to: Entity) => text.slice(fromStart(from), to.end + unit(to.end));
  const started = fromStart(entity) !== undefined ? endOf(entity) : undefined;
  if (started) return whole(entity, started);
  const opening = sentence.answers.find(
    (other) => fromStart(other) !== undefined && endOf(other) === entity,
  );
  return opening ? whole(opening, entity) : null;
}

/**
 * True when the question asks "how much" and the figure is part of a change "from X to Y"
 * written right after one of the question's verbs ("rise from £55 to £62", adverbs between allowed): the change is what that
 * verb did.
 */
function changesAskedVerb(
  sentence: EvidenceSentence,
  entity: Entity,
  question: readonly Token[],
): boolean {
  // Asked "how much" or "how many" of a verb: the question's own verbs, as it uses them.
  const howMuch = question.some(
    (token, at) =>
      token.normal === 'how' && ['much', 'many'].includes(question[at + 1]?.normal ?? ''),
  );
  const lemmas = new Set(
    question.filter((token) => token.pos === 'VERB').map((token) => lemmatize(token.normal)),
  );
  if (!howMuch || lemmas.size === 0) return false;
  const tokens = sentence.parsed.tokens;
  const from = tokens.findIndex(
    (token, at) =>
      token.normal === 'from' &&
      at < entity.first &&
      tokens[at + 1]?.start === sentence.answers.find((other) => other.start >= token.end)?.start,
  );
  if (from < 0) return false;
  let verb = from - 1;
  while (verb >= 0 && tokens[verb]!.pos === 'ADV') verb -= 1;
  const token = tokens[verb];
  return token !== undefined && token.pos === 'VERB' && lemmas.has(lemmatize(token.normal));
}

/** What the question asks, as the choice of an answer within a sentence reads it. */
interface Asked {
  /** The question's own words (lemmas), near which the answer stands. */
  lemmas: ReadonlySet<string>;
  type: AnswerType;
  /** The question asks "from" ("from what…"): a change's starting figure may answer it. */
  asksFrom: boolean;
  head: string | null;
  years: readonly number[];
  /** The quarters the question asks of (1–4). */
  quarters: readonly number[];
  /** The question's auxiliaries but "do" and "be" ("will", "has"). */
  auxiliaries: ReadonlySet<string>;
  /** The question asks who or what did its verb (passive-agent.ts). */
  asksDoer: boolean;
  /** The words of the names the question gives (lower case). */
  names: readonly string[];
  /** The question's prepositional phrases ("by the end of that night"). */
  phrases: readonly Phrase[];
}

/**
 * The words (lower case) of the name a preposition ties the figure to ("Ms Byrne on 1,101",
 * "Hollis with 1,104"): the name right before the preposition before the figure. Null when
 * none stands there.
 */
function figureOwner(parsed: ParsedText, entity: Entity): string[] | null {
  const preposition = parsed.tokens[entity.first - 1];
  if (preposition?.pos !== 'ADP') return null;
  const name = parsed.entities.find(
    (other) => other.type === 'name' && other.last === entity.first - 2,
  );
  return name ? name.text.toLowerCase().split(/\s+/u) : null;
}

/** True when the text is a row of a Markdown table ("| Keep the toilets open | Closed |"). */
function isTableRow(text: string): boolean {
  return text.trimStart().startsWith('|');
}

/**
 * The brackets of the text that write one of the asked names' words (character ranges inside
 * them): "a full refund of £69.99 (€82 in Ireland)" asked of Ireland gives its figure for
 * Ireland in brackets, beside the main one.
 */
function bracketsNaming(text: string, names: readonly string[]): [number, number][] {
  if (names.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(/\(([^()]*)\)/gu)) {
    const words = new Set(match[1]!.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    if (names.some((name) => words.has(name)))
      ranges.push([match.index!, match.index! + match[0].length]);
  }
  return ranges;
}

/**
 * The spans of the brackets right after a word of an asked name ("…Pensford (2004), Kestleford
 * (2015) and Ashcombe (2023)" asked of Kestleford): a bracket after a name says something of
 * that name, as a figure's owner does.
 */
function bracketsAfterName(text: string, names: readonly string[]): [number, number][] {
  if (names.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(/\(([^()]*)\)/gu)) {
    const before = /([\p{L}\p{N}]+)[*_\s]*$/u.exec(text.slice(0, match.index))?.[1];
    if (before !== undefined && names.includes(before.toLowerCase()))
      ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** Kinds of answer that are names: who says something may be the one asked for. */
const NAME_TYPES: ReadonlySet<AnswerType> = new Set([
  'person',
  'organization',
  'place',
  'name',
  'any',
]);

/** Most words of a closing attribution (", the company's chief executive said"). */
const ATTRIBUTION_WORDS = 8;

/**
 * Where a sentence's closing attribution begins (", Harbour Ferries said.", ", said Ana
 * Ruiz."): after its last comma, a short clause of a reporting verb and who reports, with no
 * figure; the sentence's length when it has none.
 */
function attributionStart(tokens: readonly Token[]): number {
  const comma = tokens.findLastIndex((token) => token.normal === ',');
  if (comma < 0) return tokens.length;
  const clause = tokens.slice(comma + 1).filter((token) => token.pos !== 'PUNCT');
  const reports = clause.some(
    (token) => token.pos === 'VERB' && REPORTING_VERBS.has(lemmatize(token.normal)),
  );
  return reports &&
    clause.length <= ATTRIBUTION_WORDS &&
    !clause.some(
      (token) =>
        token.pos === 'NUM' ||
        (token.pos === 'VERB' && !REPORTING_VERBS.has(lemmatize(token.normal))),
    )
    ? comma
    : tokens.length;
}

/**
 * The entity among `answers` closest to the tokens that match the question's terms. A figure
 * a change starts from counts as far away unless the question asks "from" ("What was the
 * fine after the appeal?" is answered by the figure it was cut to).
 */
function nearestAnswer(sentence: EvidenceSentence, asked: Asked): Entity | undefined {
  const { lemmas, type, asksFrom, head, years, auxiliaries } = asked;
  // "…fell to €11m in the second quarter, from €14m, Harbour Ferries said.": the closing
  // attribution names who says it, so the asked name there is near no figure's meaning (when
  // a name is asked, the one who says it may be the answer).
  const said = NAME_TYPES.has(type)
    ? sentence.parsed.tokens.length
    : attributionStart(sentence.parsed.tokens);
  const anchors = sentence.parsed.tokens.flatMap((token, index) =>
    index < said && lemmas.has(lemmatize(token.normal)) ? [index] : [],
  );
  // "Who opened the bridge?" of "…was opened in 1904 by the mayor, Edwin Crake": when the
  // sentence names the asked verb's doer after "by", a name elsewhere (the bridge's river
  // before the verb) is not who did it.
  // "Who succeeded Eileen Trask?" of "Rashid Okafor became general manager…, succeeding Eileen
  // Trask": in the active, the name before the verb (or the sentence's subject, for a
  // participle's clause) did it.
  const doers = asked.asksDoer
    ? [
        ...doersOf(sentence.parsed.tokens, anchors),
        ...activeDoersOf(sentence.parsed, anchors, subjectName(sentence.parsed)),
      ]
    : [];
  const inDoer = (entity: Entity) =>
    doers.some(([from, to]) => entity.first >= from && entity.last < to);
  const doerStated = sentence.answers.some(inDoer);
  // "…opens with about 40 people, and we expect 120 there by the end of 2026" asked of 2026:
  // the figure in the asked year's clause, not one a conjunction parts from it.
  const yearClause = (entity: Entity) => !apartFromYear(sentence, entity, years);
  // "…10.2% (12.1% a year ago)" asked of the year before the sentence's: the figure the
  // year-earlier phrase follows.
  const statedYears = yearsIn(sentence.text);
  const yearBefore =
    years.length > 0 &&
    !statedYears.some((year) => years.includes(year)) &&
    statedYears.some((year) => years.includes(year - 1));
  // "…rescued 27 people by mid-afternoon and 52 by the end of the night" asked "by the end of
  // that night": the figure whose own phrase meets the question's, not one whose phrase of the
  // same preposition holds for something else.
  const phraseMet = (entity: Entity) =>
    meetsAskedPhrase(sentence.parsed.tokens, entity, asked.phrases) === true;
  // "…put Cllr Hollis on 1,104 votes and Ms Byrne on 1,101" asked Byrne's: the figure a
  // preposition ties to the asked name, not one it ties to another name.
  const ownerOf = (entity: Entity) => figureOwner(sentence.parsed, entity);
  const ownedByAsked = (entity: Entity) => {
    const owner = ownerOf(entity);
    return owner !== null && owner.some((word) => asked.names.includes(word));
  };
  // "58% achieved a grade 4 or above…, down from 66% last year" asked of the year before the
  // article's: the figure its deictic phrase dates to the asked year.
  const articleYear = Number(sentence.document.date?.slice(0, 4) ?? NaN);
  const deicticDated = (entity: Entity) => {
    const year = Number.isNaN(articleYear)
      ? null
      : deicticYearOf(sentence.parsed.tokens, entity, articleYear);
    return year !== null && years.includes(year);
  };
  // "a full refund of £69.99 (€82 in Ireland)" asked of Ireland: the figure in brackets that
  // name the asked place; "Revenue of £412,000 (Q3 2018: £61,000)" asked of 2018: the figure in
  // brackets that name the asked year.
  const bracketed = bracketsNaming(sentence.parsed.text, [...asked.names, ...years.map(String)]);
  const inAskedBracket = (entity: Entity) =>
    bracketed.some(([start, end]) => entity.start > start && entity.end < end);
  // Each of the rules above picks out the figures it says answer; when it picks any, the
  // sentence's other figures are set aside (the one of a figure's owner keeps figures no name
  // owns).
  const figures = sentence.answers.filter((entity) => FIGURES.has(entity.type));
  const narrowing = (picks: (entity: Entity) => boolean, keeps = picks) =>
    figures.some(picks) ? keeps : () => true;
  // "$3.2 million in the first quarter and $3.6 million in the second quarter" asked of the
  // second: the figure whose own phrase (to the next figure or clause break) names it.
  // A phrase naming another year than asked ("in the second quarter of 2022") is that year's; a
  // bracket opens an aside ("£412,000 (Q3 2018: £61,000)").
  const inAskedQuarter = (entity: Entity) => {
    if (asked.quarters.length === 0) return false;
    const next = sentence.answers
      .filter((other) => other.start > entity.end)
      .reduce((end, other) => Math.min(end, other.start), sentence.parsed.text.length);
    const phrase = sentence.parsed.text.slice(entity.end, next).split(/[,;(]/u)[0]!;
    return (
      quartersIn(phrase).some((quarter) => asked.quarters.includes(quarter)) &&
      yearsIn(phrase).every((year) => years.includes(year))
    );
  };
  const kept = [
    narrowing(yearClause),
    narrowing(inAskedQuarter),
    yearBefore ? narrowing((entity) => ofYearEarlier(sentence.parsed.tokens, entity)) : () => true,
    narrowing(inAskedBracket),
    narrowing(phraseMet),
    narrowing(deicticDated),
    narrowing(ownedByAsked, (entity) => ownerOf(entity) === null || ownedByAsked(entity)),
  ];
  // "Which university…?" of "…researchers at the University of Innsbruck": a name holding
  // the noun asked by says it is one of that kind; a name near the question's other words
  // ("the Marbach Glacier") is what the question is about.
  const namesKind = (entity: Entity) =>
    entity.type === 'name' &&
    head !== null &&
    sentence.parsed.tokens
      .slice(entity.first, entity.last + 1)
      .some((token) => lemmatize(token.normal) === head);
  const kindNamed =
    (type === 'organization' || type === 'place') && sentence.answers.some(namesKind);
  // "When will it reopen?" of "was due to reopen in March 2025; it will now reopen in
  // September": of answers as near the asked words, the one nearer an asked word that the
  // question's auxiliary governs (within AUXILIARY_REACH words before it).
  const marked = anchors.filter((at) =>
    sentence.parsed.tokens
      .slice(Math.max(0, at - AUXILIARY_REACH), at)
      .some((token) => token.pos === 'AUX' && auxiliaries.has(token.normal)),
  );
  // "…Pensford (2004), Kestleford (2015) and Ashcombe (2023)" asked of Kestleford: of any kind
  // of answer, the one in the brackets after the asked name.
  const afterName = bracketsAfterName(sentence.parsed.text, asked.names);
  const inNameBracket = (entity: Entity) =>
    afterName.some(([start, end]) => entity.start > start && entity.end < end);
  const nameBracketed = sentence.answers.some(inNameBracket);
  let best: Entity | undefined;
  let bestDistance = Infinity;
  let bestFit = -1;
  let bestFollows = false;
  let bestSupport = -1;
  const tokens = sentence.parsed.tokens;
  const fitOf = (entity: Entity) => {
    const at = sentence.answers.indexOf(entity);
    return sentence.fits[at] ?? answerFit(entity, sentence.parsed, type);
  };
  const outfitted = (entity: Entity, fit: number) => {
    const described = describedBy(sentence, entity);
    return described !== undefined && fitOf(described) >= fit;
  };
  sentence.answers.forEach((entity, index) => {
    // "her partner Ewan Bell" asked "where did her partner train?": a name in apposition to a
    // noun of the question is who the question is about, unless that noun is what it asks
    // for ("who is her partner?", "which company…").
    const before = tokens[entity.first - 1];
    if (
      type !== 'person' &&
      entity.type === 'name' &&
      before?.pos === 'NOUN' &&
      lemmas.has(lemmatize(before.normal)) &&
      lemmatize(before.normal) !== head
    )
      return;
    if (FIGURES.has(entity.type) && !kept.every((keeps) => keeps(entity))) return;
    if (nameBracketed && !inNameBracket(entity)) return;
    if (kindNamed && !namesKind(entity)) return;
    const distance = wordsAway(anchors, entity, tokens);
    const fit = sentence.fits[index] ?? answerFit(entity, sentence.parsed, type);
    // A poor fit for the kind of name asked for counts as a few words further away, and so
    // does a figure nearer another year than the one asked ("nine in 2024, against 31 in
    // 2023" asked of 2023).
    const auxiliaryDistance = wordsAway(marked, entity);
    const cost =
      distance +
      AUXILIARY_TIE * auxiliaryDistance +
      FIT_WEIGHT * (1 - fit) +
      (!asksFrom && startsChange(sentence, entity) ? FIT_WEIGHT : 0) +
      (ofAnotherYear(sentence, entity, years) ? FIT_WEIGHT : 0) +
      (doerStated && !inDoer(entity) ? FIT_WEIGHT : 0) +
      // "Anita Varga (Ward 5, Eastgate)": a name in brackets describes the answer before it,
      // unless it fits the kind asked better ("Marta Lind (born … in Uppsala)" asked where).
      (outfitted(entity, fit) ? FIT_WEIGHT : 0);
    // Of two as costly, the one that fits the kind asked better ("Where was she born?" —
    // "Marta Lind (born … in Uppsala)": the place after "in", not the name before "born"), and
    // of two that fit alike, the one after an asked word, as a verb's complement follows it
    // ("born … in Split; died … in Zagreb" asked where she died).
    const nearest = anchors.reduce<number | undefined>(
      (closest, at) =>
        closest === undefined || Math.abs(at - entity.first) < Math.abs(closest - entity.first)
          ? at
          : closest,
      undefined,
    );
    const follows = nearest !== undefined && nearest < entity.first;
    // Of two as costly and as fit, the one whose clause states more of the question ("a single
    // fare costs €3.20, but a 24-hour pass costs €6.80" asked the 24-hour pass's cost).
    const support = clauseSupport(tokens, entity, anchors);
    if (
      cost < bestDistance ||
      (cost === bestDistance &&
        (fit > bestFit ||
          (fit === bestFit &&
            (support > bestSupport || (support === bestSupport && follows && !bestFollows)))))
    ) {
      best = entity;
      bestDistance = cost;
      bestFit = fit;
      bestFollows = follows;
      bestSupport = support;
    }
  });
  return best;
}

/**
 * How many of the question's lemmas the entity's clause states (`anchors`: where the sentence
 * states one): the words around it up to a coordinating conjunction or punctuation other than a
 * comma either side.
 */
function clauseSupport(
  tokens: ParsedText['tokens'],
  entity: Entity,
  anchors: readonly number[],
): number {
  // A comma sets off an apposition within the clause ("a free mobile app, Bieb, that…"): no bound.
  const bound = (token: ParsedText['tokens'][number] | undefined) =>
    token === undefined || (token.pos === 'PUNCT' && token.normal !== ',') || token.pos === 'CCONJ';
  let from = entity.first;
  while (!bound(tokens[from - 1])) from -= 1;
  let to = entity.last;
  while (!bound(tokens[to + 1])) to += 1;
  const stated = anchors.filter((at) => at >= from && at <= to);
  return new Set(stated.map((at) => lemmatize(tokens[at]!.normal))).size;
}

/**
 * True when the sentence states an asked year and a coordinating conjunction or a semicolon
 * stands between the figure and each mention of it: the figure is another clause's.
 */
function apartFromYear(
  sentence: EvidenceSentence,
  entity: Entity,
  years: readonly number[],
): boolean {
  if (years.length === 0) return false;
  const tokens = sentence.parsed.tokens;
  const mentions = tokens.flatMap((token, index) =>
    YEAR.test(token.text) && years.includes(Number(token.text)) ? [index] : [],
  );
  if (mentions.length === 0) return false;
  return mentions.every((at) => {
    const [from, to] = at < entity.first ? [at, entity.first] : [entity.last, at];
    return tokens
      .slice(from + 1, to)
      .some((token) => token.pos === 'CCONJ' || token.normal === ';');
  });
}

/**
 * True when the sentence states the asked year and another, and the figure's nearest year
 * (in words) is not an asked one: the figure is that other year's.
 */
function ofAnotherYear(
  sentence: EvidenceSentence,
  entity: Entity,
  years: readonly number[],
): boolean {
  if (years.length === 0 || !FIGURES.has(entity.type)) return false;
  const tokens = sentence.parsed.tokens;
  const stated = tokens.flatMap((token, index) =>
    YEAR.test(token.text) && (index < entity.first || index > entity.last)
      ? [{ year: Number(token.text), index }]
      : [],
  );
  if (!stated.some(({ year }) => years.includes(year))) return false;
  if (stated.every(({ year }) => years.includes(year))) return false;
  const away = ({ index }: { index: number }) =>
    index < entity.first ? entity.first - index : index - entity.last;
  const nearest = stated.reduce((a, b) => (away(b) < away(a) ? b : a));
  return !years.includes(nearest.year);
}

/**
 * Words between the entity and the nearest of the tokens at `positions` (0 for none, or inside
 * it). With `tokens`, each coordinating conjunction or semicolon between them (or a change's "to") counts
 * COORDINATION_WORDS more: "£150 a night in London and £110 a night elsewhere" — the figure
 * after "and" is another item's, however near "London" it stands.
 */
function wordsAway(
  positions: readonly number[],
  entity: Entity,
  tokens?: ParsedText['tokens'],
): number {
  if (positions.length === 0) return 0;
  // A change's "to" after its "from" ("fell from 21 minutes in the first quarter to 9
  // minutes") parts its two values as "and" parts two items.
  const changeFrom = tokens ? tokens.findIndex((token) => token.normal === 'from') : -1;
  const changeTo = tokens
    ? tokens.findIndex(
        (token, index) =>
          token.normal === 'to' &&
          changeFrom >= 0 &&
          index > changeFrom &&
          (tokens[index + 1]?.pos === 'NUM' ||
            (tokens[index + 1]?.pos === 'SYM' && tokens[index + 2]?.pos === 'NUM')),
      )
    : -1;
  // Only between the change's values: "tax from €2 to €4" asks of the change, "21 minutes in
  // the first quarter to 9 minutes" of its first value.
  const coordinations = (from: number, to: number) =>
    tokens
      ? tokens
          .slice(from + 1, to)
          .filter(
            (token, index) =>
              token.pos === 'CCONJ' ||
              token.normal === ';' ||
              (from > changeFrom && from + 1 + index === changeTo),
          ).length
      : 0;
  return Math.min(
    ...positions.map((at) =>
      at < entity.first
        ? entity.first - at + COORDINATION_WORDS * coordinations(at, entity.first)
        : at > entity.last
          ? at - entity.last + COORDINATION_WORDS * coordinations(entity.last, at)
          : 0,
    ),
  );
}

/** Words of distance a coordinating conjunction between an answer and the asked words adds. Set once, not tuned. */
const COORDINATION_WORDS = 3;

/**
 * What a word of distance from the question's auxiliary adds to an answer's cost: a hundredth
 * of a word of distance from the asked words, so it only settles ties. Set once, not tuned.
 */
const AUXILIARY_TIE = 0.01;
/** Words before an asked word within which an auxiliary governs it ("will now reopen"). */
const AUXILIARY_REACH = 3;

/** Words of distance one unit of misfit is worth; chosen on the development sets. */
const FIT_WEIGHT = 6;

/**
 * The answer with the answers coordinated with it ("Imran Khan, Sheikh Rashid Ahmed and Qamar
 * Bajwa"): entities of the same kind joined only by commas, "and" or "or".
 */
export function coordinated(sentence: EvidenceSentence, entity: Entity, person = false): string {
  // Names in the items' brackets ("Helen Quayle (Ward 7, Riverside), Brendan Doyle") describe
  // them: no items of the list.
  // "The brothers Thomas and Henry Garside": when people are asked, a lone first name joined
  // by "and" to a full name shares its surname, whatever kind it alone was guessed to be.
  const sharing = sentence.parsed.entities.find(
    (other) =>
      person &&
      other.type === 'name' &&
      entity.type === 'name' &&
      other.first === other.last &&
      entity.last > entity.first &&
      /^\s+and\s+$/u.test(sentence.text.slice(other.end, entity.start)) &&
      !sentence.answers.some((answer) => answer.start === other.start),
  );
  if (sharing) return sentence.text.slice(sharing.start, entity.end);
  const sorted = [...sentence.answers]
    .filter((other) => other === entity || !describesAnother(sentence, other))
    .sort((a, b) => a.start - b.start);
  let first = sorted.findIndex((candidate) => candidate.start === entity.start);
  if (first < 0) return entity.text;
  // "…Tomasz Wren and Sofia Berg, who now runs Sal": a relative clause whose verb is singular
  // describes the last name alone.
  if (describedAlone(sentence, entity)) return entity.text;
  let last = first;
  // A short aside in brackets may follow an item ("Hana Ruiz (chair), Omar Haddad").
  const joined = (left: Entity, right: Entity) =>
    left.type === right.type &&
    /^\s*(\([^()]{1,30}\))?\s*(,|and|or|, and|, or)\s*$/u.test(
      sentence.text.slice(left.end, right.start),
    );
  while (first > 0 && joined(sorted[first - 1]!, sorted[first]!)) first -= 1;
  while (last < sorted.length - 1 && joined(sorted[last]!, sorted[last + 1]!)) last += 1;
  // A list ends with its conjunction ("A, B and C"); commas alone set a figure beside another
  // that describes it ("£79, £20 more than the 300").
  // A labelled line's value is a list with commas alone ("Attendees: Hana Ruiz, Omar Haddad")
  // when the items fill it: "Author: Tomasz Berg, Search team" goes on past its last name.
  const listed =
    first !== last &&
    (/\b(and|or)\b/u.test(sentence.text.slice(sorted[first]!.end, sorted[last]!.start)) ||
      (/^[*_]*[^:]{1,30}:[*_]*\s*$/u.test(sentence.text.slice(0, sorted[first]!.start)) &&
        /^\s*(\([^()]{1,30}\))?\s*([.;|]|$)/u.test(sentence.text.slice(sorted[last]!.end))));
  return listed ? sentence.text.slice(sorted[first]!.start, sorted[last]!.end) : entity.text;
}

/** True when `entity` stands in brackets right after another of the sentence's answers. */
function describesAnother(sentence: EvidenceSentence, entity: Entity): boolean {
  return describedBy(sentence, entity) !== undefined;
}

/**
 * The answer `entity` describes, standing in brackets right after it ("Anita Varga (Ward 5,
 * Eastgate)") or in an apposition of where it is from ("Derek Anstey, 71, of Cray Bottom,"),
 * if any.
 */
function describedBy(sentence: EvidenceSentence, entity: Entity): Entity | undefined {
  const before = sentence.text.slice(0, entity.start);
  const from = sentence.answers.find(
    (other) =>
      other !== entity &&
      other.end <= entity.start &&
      /^,\s*(?:\d{1,3},\s*)?(?:of|from)\s+(?:the\s+)?$/iu.test(before.slice(other.end)),
  );
  if (from) return from;
  const open = before.lastIndexOf('(');
  if (open < before.lastIndexOf(')') || open < 0) return undefined;
  return sentence.answers.find(
    (other) => other !== entity && /^\s*$/u.test(sentence.text.slice(other.end, open)),
  );
}

/** Third-person singular forms of the auxiliaries "be" and "have". */
const SINGULAR_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'has']);

/**
 * True when a relative clause ("…, who now runs Sal") follows `entity` and its verb is in the
 * third person singular: the clause is about that one name, not the list it ends.
 */
function describedAlone(sentence: EvidenceSentence, entity: Entity): boolean {
  const tokens = sentence.parsed.tokens;
  if (tokens[entity.last + 1]?.text !== ',') return false;
  if (!['who', 'which', 'that'].includes(tokens[entity.last + 2]?.normal ?? '')) return false;
  const verb = tokens
    .slice(entity.last + 3)
    .find((token) => token.pos === 'VERB' || token.pos === 'AUX');
  if (!verb) return false;
  return (
    SINGULAR_AUXILIARIES.has(verb.normal) ||
    (verb.pos === 'VERB' && verb.normal.endsWith('s') && lemmatize(verb.normal) !== verb.normal)
  );
}

/** Per article, whether it writes its dates with the month first (read once). */
const monthFirstOf = new WeakMap<EvidenceSentence['document'], boolean>();
function monthFirstIn(document: EvidenceSentence['document']): boolean {
  let known = monthFirstOf.get(document);
  if (known === undefined)
    monthFirstOf.set(document, (known = writesMonthFirst(document.cleanText)));
  return known;
}

/**
 * A date the sentence gives relative to its article's ("last week", "in February") with what
 * it means by the article's date: "February (February 2024, by the article's date)".
 */
function withArticleDate(sentence: EvidenceSentence, entity: Entity, lead: string): string {
  const dated = datedByArticle(
    entity,
    sentence.parsed,
    sentence.document.date,
    monthFirstIn(sentence.document),
  );
  return dated === null ? lead : `${lead} (${dated}, by the article's date)`;
}

/**
 * A bare figure read with the noun right after it, its unit or what it counts ("31 metres",
 * "9,000 visitors"): "31" alone does not answer "How tall is the tower?".
 */
function withMeasure(sentence: EvidenceSentence, entity: Entity, lead: string): string {
  // "Every three months": a span of time after "every" is how often, not how long.
  const before = sentence.parsed.tokens[entity.first - 1];
  if (entity.type === 'duration' && lead === entity.text && before?.normal === 'every')
    return sentence.text.slice(before.start, entity.end);
  // "up to three times a day", "more than two hours": a span of time keeps its approximation.
  if (entity.type === 'duration' && lead === entity.text)
    return sentence.text.slice(approximatedFrom(sentence.parsed.tokens, entity), entity.end);
  if (!FIGURES.has(entity.type) || lead !== entity.text) return lead;
  const tokens = sentence.parsed.tokens;
  // The whole compound the figure counts ("210 school visits", "48,000 air fryers"): the
  // nouns right after it, one space apart.
  let end = entity.end;
  // A short unit per another ("148 km/h", "12 m/s") is one unit, which the tokenizer splits;
  // so are degrees ("20°C").
  const rate = shortUnitAfter(sentence.text, entity.end);
  if (entity.type === 'number' && (rate.includes('/') || rate.includes('°'))) end += rate.length;
  else if (entity.type === 'number')
    for (let at = entity.last + 1; at <= entity.last + MAX_COMPOUND; at += 1) {
      const next = tokens[at];
      if (!next || !continuesNounRun(tokens, at) || next.start !== end + 1) break;
      end = next.end;
    }
  return sentence.text.slice(approximatedFrom(tokens, entity), end);
}

const FIGURES = FIGURE_ENTITIES;
/** English's adjectives of the state before a change (a closed class): "the old price". */
const EARLIER: ReadonlySet<string> = new Set([
  'old',
  'previous',
  'former',
  'original',
  'earlier',
  'initial',
  'prior',
]);
/** Nouns of a compound read after a figure at most ("48,000 air fryers"). Set once, not tuned. */
const MAX_COMPOUND = 3;

/**
 * Where a figure's approximation starts: "more than 400", "at least fourteen", "up to 20",
 * "roughly €5m", "over 900km" — a comparative with "than", "at" with a superlative, a degree adverb in
 * -ly or an approximator before it. "400" alone would claim what the text does not.
 */
function approximatedFrom(tokens: ParsedText['tokens'], entity: Entity): number {
  const one = tokens[entity.first - 1];
  const two = tokens[entity.first - 2];
  if (!one) return entity.start;
  const adjacent = (left: { end: number }, right: { start: number }) => right.start - left.end <= 1;
  if (!adjacent(one, entity)) return entity.start;
  if (
    two &&
    adjacent(two, one) &&
    ((one.normal === 'than' && (two.pos === 'ADJ' || two.pos === 'ADV')) ||
      (two.normal === 'at' && (one.pos === 'ADJ' || one.pos === 'ADV')) ||
      // "up to three times a day": a ceiling.
      (two.normal === 'up' && one.normal === 'to'))
  )
    return two.start;
  return (one.pos === 'ADV' && one.normal.endsWith('ly')) || APPROXIMATORS.has(one.normal)
    ? one.start
    : entity.start;
}

/**
 * English's words that make a figure approximate when they stand right before it (a closed
 * class): "over 900km", "under 1,000", "about 40", "almost 3,000", "some 200".
 */
const APPROXIMATORS: ReadonlySet<string> = new Set([
  'over',
  'under',
  'about',
  'around',
  'almost',
  'some',
]);

export function composeFactoid(evidence: Evidence): Draft {
  const [best, ...rest] = evidence.eligible;
  if (!best) return { parts: [] };
  // The answer stands near the words of this question ("Where did her partner train?"), not
  // near the names a conversation carries ("Crumb & Co" from the turn before).
  const own = evidence.analysis.terms.filter((term) => term.primary);
  // The question's own verbs too, which the search may set aside as framing ("How much did it
  // give?": the figure after "gave", not the one before the programme it funded).
  const lemmas = new Set([
    ...(own.length > 0 ? own : evidence.analysis.terms).map((term) => term.lemma),
    ...evidence.analysis.parsed.tokens
      .filter((token) => token.pos === 'VERB')
      .map((token) => lemmatize(token.normal)),
  ]);
  // "What did it cost from…", "What was the old price…": the figure a change starts from.
  const asksFrom = evidence.analysis.parsed.tokens.some(
    (token) => token.normal === 'from' || (token.pos === 'ADJ' && EARLIER.has(token.normal)),
  );
  const head = evidence.analysis.head;
  const askedYears = evidence.analysis.constraints.years.flat();
  // "will", "would", "has": the question's auxiliaries, but the ones every question has ("do",
  // "be").
  const auxiliaries = new Set(
    evidence.analysis.parsed.tokens
      .filter((token) => token.pos === 'AUX' && !['do', 'be'].includes(token.lemma))
      .map((token) => token.normal),
  );
  const asked: Asked = {
    lemmas,
    type: evidence.analysis.answerType,
    asksFrom,
    head,
    years: askedYears,
    quarters: evidence.analysis.constraints.quarters,
    auxiliaries,
    asksDoer: asksDoer(evidence.analysis.parsed.tokens),
    names: evidence.analysis.constraints.names.flat(),
    phrases: askedPhrases(evidence.analysis.parsed.tokens),
  };
  // "Pros: superb OLED screen; …" for "What pros did Circuitry list?": a line labelled with
  // the noun asked about, scoring near the best, answers with its value whatever its form.
  if (head !== null) {
    for (const sentence of evidence.eligible.slice(0, DESCRIPTION_SEARCH)) {
      if (sentence.score < NEAR_BEST * best.score) break;
      const value = labelledValue(sentence.text, head);
      if (value === null) continue;
      // "Treasurer: Beth Morrow re-elected unopposed", "Total visitors: 14,200 (2016–17:
      // 11,900)": a value opening with the answer asked for goes on to say more of it; the
      // answer alone answers.
      const at = sentence.text.indexOf(value);
      const opening = sentence.answers.find(
        (answer) => answer.start === at && answer.end < at + value.length,
      );
      return { lead: opening?.text ?? value, leadSentence: sentence, parts: [{ sentence }] };
    }
  }
  // "Who was present at the meeting?" — "Present:" over one name a line: a short label of the
  // best sentence's article that states a word the question asks ("present") is answered by
  // the items it introduces. The label states no answer itself, nor the whole event
  // ("meeting"): it is looked for among all the sentences the search weighed.
  // Words, not figures: "The 1.0 release includes:" names no price asked of "Tessellate 1.0".
  const askedWords = new Set(
    evidence.analysis.terms
      .filter((term) => term.primary && !term.name && !/\d/u.test(term.lemma))
      .map((term) => term.lemma),
  );
  // "Present: Ravi Sundaresan (Chair); Peg Ollerenshaw (Vice-Chair); …": a line so labelled
  // whose value names several of the kind asked answers with all of them.
  for (const sentence of evidence.sentences.slice(0, LABEL_SEARCH)) {
    if (sentence.unmet !== null || sentence.document.docId !== best.document.docId) continue;
    const labelled = valueLabelledBy(sentence.text, (word) => askedWords.has(lemmatize(word)));
    const inValue = labelled
      ? sentence.answers.filter((answer) => answer.start >= labelled.start)
      : [];
    if (labelled && inValue.length >= MIN_LISTED)
      return { lead: labelled.value, leadSentence: sentence, parts: [{ sentence }] };
  }
  for (const sentence of evidence.sentences.slice(0, LABEL_SEARCH)) {
    if (
      sentence.unmet !== null ||
      sentence.document.docId !== best.document.docId ||
      !isShortLabel(sentence.text) ||
      !tokenize(sentence.text).some((word) => askedWords.has(lemmatize(word)))
    )
      continue;
    const listed = listAfter(evidence, sentence);
    if (listed.length > 0)
      return { parts: [sentence, ...listed].map((part) => ({ sentence: part })) };
  }
  // "Q: What did you do before joining the chamber?" then "A: I spent eight years at the Marcher
  // Enterprise Agency…": a question the article asks itself states nothing of what it asks; the
  // first answer of the asked kind in what follows it leads.
  const answered = asksItself(best) ? answerAfter(evidence, best) : [];
  // Only a question: any line of an interview stands alone ("Adult playing member: €220").
  const answering = endsAsking(best.text)
    ? answered.find((sentence) => sentence.answers.length > 0)
    : undefined;
  if (evidence.analysis.answerType !== 'any' && answering) {
    const entity = nearestAnswer(answering, asked);
    return {
      lead: entity?.text,
      leadSentence: answering,
      parts: [best, ...answered].map((sentence) => ({ sentence })),
    };
  }
  if (evidence.analysis.answerType !== 'any') {
    if (best.answers.length > 0) {
      const entity = nearestAnswer(best, asked);
      // "How much faster…?", "by how much did it fall?": a difference, which a change states
      // whole ("cuts import time from 410 ms to 95 ms"), neither of its figures alone.
      // "How much did entry fees rise?" of "Entry fees will rise from £55 to £62": the asked
      // verb's own change, given whole, answers how much it rose ("…cut from?" asks its start).
      const change =
        entity &&
        (asksDifference(evidence.analysis.parsed.tokens) ||
          (!asksFrom && changesAskedVerb(best, entity, evidence.analysis.parsed.tokens)))
          ? changeOf(best, entity)
          : null;
      // "Ruth curated Salt and Sail…": a person named by one word is shown by the full name
      // the article gives them ("Ruth Pengelly, the museum's curator…"), that sentence cited.
      const full =
        change === null && entity?.type === 'name' && evidence.analysis.answerType === 'person'
          ? fullNameOf(evidence, best, entity.text)
          : undefined;
      if (full)
        return {
          lead: full.name,
          leadSentence: full.sentence,
          parts: [{ sentence: best }, { sentence: full.sentence }],
        };
      const person = evidence.analysis.answerType === 'person';
      const named = entity ? coordinated(best, entity, person) : '';
      const questionWords = new Set(
        evidence.analysis.parsed.tokens.map((token) => lemmatize(token.normal)),
      );
      const articles = [...new Set(evidence.sentences.map((sentence) => sentence.document))];
      return {
        lead:
          change ??
          (entity
            ? withArticleDate(
                best,
                entity,
                withMeasure(
                  best,
                  entity,
                  // "Iranian Interior Minister Ahmad Vahidi", asked of the interior minister.
                  person && named === entity.text
                    ? withoutAskedRole(named, questionWords, (word) =>
                        articles.some((document) => evidence.lowercaseWords(document).has(word)),
                      )
                    : named,
                ),
              )
            : undefined),
        leadSentence: best,
        parts: [{ sentence: best }],
      };
    }
    // "It has been a busy first few months for me as Operations Manager.", signed "Alan Briggs,
    // Operations Manager": asked who, the writer its first person speaks for is the answer.
    const signature =
      evidence.analysis.answerType === 'person' ? signatureOf(evidence, best) : undefined;
    if (signature) {
      const entity = nearestAnswer(signature, asked);
      return {
        lead: entity?.text,
        leadSentence: signature,
        parts: [{ sentence: best }, { sentence: signature }],
      };
    }
    // The best sentence names the subject; its neighbour holds the answer.
    // A table's rows are each their own subject's ("| Restore the clock | Done |" and "| Keep
    // the toilets open | … £38,000 a year |"): a row's neighbour row answers nothing of it.
    // A pronoun doing the asked verb stands for a name of the sentence before.
    const neighbours = evidence
      .sentencesOf(best.document.docId, {
        from: best.position - 1,
        to: best.antecedentAsked ? best.position : best.position + 2,
      })
      .filter(
        (sentence) =>
          sentence.position !== best.position &&
          sentence.answers.length > 0 &&
          !(isTableRow(best.text) && isTableRow(sentence.text)),
      );
    const neighbour = neighbours
      .sort((a, b) => a.position - b.position)
      .at(neighbours.length > 1 ? 1 : 0);
    if (neighbour) {
      const entity = nearestAnswer(neighbour, asked);
      const ordered = neighbour.position < best.position ? [neighbour, best] : [best, neighbour];
      return {
        lead: entity ? withArticleDate(neighbour, entity, entity.text) : undefined,
        leadSentence: neighbour,
        parts: ordered.map((sentence) => ({ sentence })),
      };
    }
    return { parts: [{ sentence: best }] };
  }
  // "What keeps you up at night?" asked by an interviewer, then "Security. One serious
  // breach…": the article's own question is answered by what follows it.
  if (answered.length > 0) return { parts: [best, ...answered].map((sentence) => ({ sentence })) };
  // "What prize did she win?" — "received the Crafoord Prize": a name ending in the noun asked
  // about is one of its kind, and the short answer, when it is the only such name there and the
  // question does not give it.
  if (evidence.analysis.kind === 'factoid' && head !== null) {
    const question = new Set(evidence.analysis.parsed.tokens.map((token) => token.normal));
    const kinds = best.parsed.entities.filter((entity) => {
      const last = best.parsed.tokens[entity.last];
      return (
        entity.type === 'name' &&
        entity.first < entity.last &&
        last !== undefined &&
        lemmatize(last.normal) === head &&
        !best.parsed.tokens
          .slice(entity.first, entity.last)
          .some((token) => question.has(token.normal))
      );
    });
    if (kinds.length === 1)
      return { lead: kinds[0]!.text, leadSentence: best, parts: [{ sentence: best }] };
  }
  // A sentence introducing a list ("…three fare types on short-haul routes:"), the best or one
  // scoring near it among the next few: its items answer.
  for (const sentence of [best, ...rest].slice(0, INTRODUCER_SEARCH)) {
    if (sentence !== best && sentence.score < NEAR_BEST * best.score) continue;
    const listed = listAfter(evidence, sentence);
    if (listed.length > 0)
      return { parts: [sentence, ...listed].map((part) => ({ sentence: part })) };
  }
  // "Who is Leonard Pask?": the sentence that describes the name ("Leonard Pask, the former
  // head of procurement, …", "Pask is a …"), among the best few, answers it.
  if (asksWhoSomeoneIs(evidence)) {
    const names = evidence.analysis.constraints.names;
    const describing = evidence.eligible
      .slice(0, DESCRIPTION_SEARCH)
      .find((sentence) => names.some((name) => describes(sentence.text, name)));
    if (describing) return { parts: [{ sentence: describing }] };
  }
  const second = rest.find(
    (sentence) =>
      sentence.score >= NEAR_BEST * best.score && overlap(sentence.text, best.text) < 0.6,
  );
  return { parts: [best, ...(second ? [second] : [])].map((sentence) => ({ sentence })) };
}

/** How many of the best sentences are searched for a label introducing the answer; set once, not tuned. */
const LABEL_SEARCH = 8;
/** Answers a labelled line's value names for it to be a list of them ("Present: A; B"): two. */
const MIN_LISTED = 2;

/** How many of the best sentences are searched for one describing the name asked about. */
const DESCRIPTION_SEARCH = 8;
/** A sentence scoring this share of the best one's is nearly as good (set on the seeds at first). */
const NEAR_BEST = 0.85;

/** "Who is <a name>?": the question classified as asking for any answer, opening with "who". */
function asksWhoSomeoneIs(evidence: Evidence): boolean {
  const { analysis } = evidence;
  return (
    analysis.kind === 'factoid' &&
    analysis.answerType === 'any' &&
    analysis.parsed.tokens[0]?.normal === 'who' &&
    analysis.constraints.names.length > 0
  );
}

/**
 * The sentence describes the name: an appositive after it ("Pask, the former head…", "Pask,
 * 54, a …") or a copula ("Pask is the…", "Pask was a…") — the last word of the name stands
 * for it, as English refers to people by surname.
 */
function describes(text: string, name: readonly string[]): boolean {
  const last = escapeRegExp(name.at(-1)!);
  return new RegExp(
    `\\b${last}\\s*(?:,\\s*(?:\\d+,\\s*)?(?:the|a|an|who)\\b|\\s+(?:is|was)\\s+(?:the|a|an)\\b)`,
    'iu',
  ).test(text);
}

/**
 * The signature after a sentence speaking in the first person outside quotation ("…for me as
 * Operations Manager."), when it names a person ("Alan Briggs, Operations Manager").
 */
function signatureOf(evidence: Evidence, sentence: EvidenceSentence): EvidenceSentence | undefined {
  if (sentence.signedAt === undefined) return undefined;
  const [signature] = evidence.sentencesOf(sentence.document.docId, {
    from: sentence.signedAt,
    to: sentence.signedAt + 1,
  });
  return signature && signature.answers.length > 0 ? signature : undefined;
}
