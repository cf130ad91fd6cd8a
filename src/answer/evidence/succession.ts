/**
 * Who came after whom in a post: English states a succession with a closed class of verbs
 * ("succeed", "replace", "supersede", the phrasal "take over from") and of nouns ("successor",
 * "predecessor"), in a few word orders:
 * - active: "Niamh replaced Rob", "Niamh took over from Rob", "…, succeeding Eileen Trask", and
 *   the converse "Rob handed over to Niamh";
 * - fronted: "Taking over from Rob as head brewer is my daughter Niamh";
 * - passive: "He has been succeeded by Dr Nkechi Oyelaran-Smith";
 * - nouns: "Annika Rasmussen-Vey has been appointed as his successor", "Rob's successor, Niamh".
 * A personal pronoun in either place stands for the first name of the sentence before ("Dr
 * Hamish Urquhart retired… He has been succeeded by…"). A succession may also be told in two
 * sentences, one leaving a post and one taking it (`postChanges`).
 */
import type { Entity, ParsedText, Token } from '../analyze/parse-text.js';
import { lemmatize } from '../../text/tokenize.js';
import { TITLES_OF_ADDRESS } from './answer-fit.js';
import { LOCATIVE } from '../analyze/question-types.js';
import { inPassive, opensParticipleClause, subjectEndBefore } from './verb-arguments.js';
import { doersOf } from './passive-agent.js';
import { holdersInTurn } from './holders-in-turn.js';
import { handsOverAt, namesSuccession, succeedsAt } from '../analyze/succession-verbs.js';

export { namesSuccession };

/** The nouns naming the one after ("his successor") and the one before ("her predecessor"). */
const SUCCESSOR_NOUNS: ReadonlySet<string> = new Set(['successor', 'replacement']);
const PREDECESSOR_NOUNS: ReadonlySet<string> = new Set(['predecessor']);
/** English's possessive pronouns of a person, and its personal pronouns of one (closed classes). */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her']);
const PERSONAL: ReadonlySet<string> = new Set(['he', 'she', 'him']);
/** Words after a verb within which the name it governs begins ("took over from former chair X"). Set once, not tuned. */
const REACH = 6;

/** One succession a sentence states: the name before and the name after, as written. */
export interface Succession {
  before: string;
  after: string;
}

/** The successions `parsed` states; `previous` is the sentence before, for its pronouns. */
export function successionsIn(
  parsed: ParsedText,
  previous?: ParsedText,
  /**
   * True for a word the article writes in lower case, a common noun: a name ending in one
   * ("Harrowfield Regional Airport") names a thing, which no "he" or "she" stands for.
   */
  common: (word: string) => boolean = () => false,
): Succession[] {
  const { tokens } = parsed;
  const names = parsed.entities.filter((entity) => entity.type === 'name');
  const antecedent = previous ? personAntecedent(previous, common) : undefined;
  const nameAfter = (from: number, reach = REACH) =>
    names.find((entity) => entity.first > from && entity.first <= from + reach);
  const found: Succession[] = [];
  const add = (before: string | undefined, after: string | undefined) => {
    if (before && after && before !== after) found.push({ before, after });
  };
  tokens.forEach((token, at) => {
    // "Dennis handed over to Kasia Nowak": the subject before, the name after "to" after.
    const to = handsOverAt(tokens, at);
    if (to >= 0) {
      add(nameEndingAt(parsed, subjectEndBefore(tokens, at), antecedent), nameAfter(to, 3)?.text);
      return;
    }
    if (succeedsAt(tokens, at)) {
      const phrasal = lemmatize(token.normal) === 'take';
      // The one replaced: the object, or after "from" for "take over".
      const objectFrom = phrasal
        ? tokens.findIndex(
            (other, index) => index > at && index <= at + 2 && other.normal === 'from',
          )
        : at;
      if (inPassive(tokens, at)) {
        // "He has been succeeded by Dr Nkechi Oyelaran-Smith"; "She will be succeeded on 1 July
        // by Dev Mistry": "by" past a phrase of time, within the clause (no punctuation or verb
        // before it).
        const by = (doersOf(tokens, [at])[0]?.[0] ?? 0) - 1;
        if (by >= 0)
          add(nameEndingAt(parsed, subjectEndBefore(tokens, at), antecedent), nameAfter(by)?.text);
        return;
      }
      if (objectFrom < 0) return;
      // "…to succeed her": an object pronoun right after the verb stands for the person the
      // sentence before names.
      const objectPronoun = ['him', 'her'].includes(tokens[objectFrom + 1]?.normal ?? '');
      const replaced = nameAfter(objectFrom, phrasal ? 3 : REACH);
      // "Taking over from Rob as head brewer is my daughter Niamh": a participle opening the
      // sentence, whose subject is the name after its main verb.
      const opens = tokens
        .slice(0, at)
        .every((other) => other.pos === 'PUNCT' || other.pos === 'SYM');
      if (opens && /ing$/u.test(token.normal) && replaced) {
        const main = tokens.findIndex(
          (other, index) => index > replaced.last && (other.pos === 'AUX' || other.pos === 'VERB'),
        );
        if (main >= 0) add(replaced.text, nameAfter(main, REACH)?.text);
        return;
      }
      // "…became general manager, succeeding Eileen Trask", "…chaired his first meeting after
      // succeeding Bernard Oduya": the sentence's subject.
      const afterPreposition = /ing$/u.test(token.normal) && tokens[at - 1]?.pos === 'ADP';
      // "Joanna Reid, elected to replace Peter Lamb": an infinitive a verb takes has that
      // verb's subject, here a participle's after the name and its comma.
      const controller = tokens[at - 1]?.normal === 'to' && tokens[at - 2]?.pos === 'VERB';
      const verb = controller ? at - 2 : at;
      const apposed = controller && tokens[verb - 1]?.text === ',';
      // "The trustees have appointed Colin Varga to succeed her": a name right before the
      // infinitive's "to" is its subject, the object of the verb before it.
      const infinitiveSubject =
        tokens[at - 1]?.normal === 'to'
          ? names.find((entity) => entity.last === at - 2)?.text
          : undefined;
      const subject =
        infinitiveSubject ??
        (opensParticipleClause(tokens, at) || afterPreposition
          ? firstSubject(names, tokens, antecedent)
          : nameEndingAt(parsed, apposed ? verb - 2 : subjectEndBefore(tokens, verb), antecedent));
      // "Jack Trevelyan retired…, and Lowenna Pascoe succeeded him": an object pronoun stands
      // for a person the sentence named before, never for its own clause's subject (English's
      // "him" there is another than the one who did it); else for the sentence before's.
      const earlier = objectPronoun
        ? personAntecedent(
            {
              ...parsed,
              entities: names.filter((entity) => entity.last < verb && entity.text !== subject),
            },
            common,
          )
        : undefined;
      add(replaced?.text ?? (objectPronoun ? (earlier ?? antecedent) : undefined), subject);
      return;
    }
    const lemma = lemmatize(token.normal);
    // "Sue Mortimer was elected secretary in her place": English's "in someone's place" names
    // the one replaced, as "successor" names the one after.
    const inPlaceOf =
      lemma === 'place' &&
      tokens[at - 2]?.normal === 'in' &&
      (POSSESSIVES.has(tokens[at - 1]?.normal ?? '') ||
        ["'s", '’s'].includes(tokens[at - 1]?.normal ?? ''));
    if (
      token.pos !== 'NOUN' ||
      (!SUCCESSOR_NOUNS.has(lemma) && !PREDECESSOR_NOUNS.has(lemma) && !inPlaceOf)
    )
      return;
    // The one it is of: "Rob's successor"; for "his successor", the nearest other name before
    // it ("managing director Fergus Laidlaw will retire…, and … Annika … as his successor"), or
    // the one the sentence before names.
    const before = tokens[at - 1];
    const pronoun = before !== undefined && POSSESSIVES.has(before.normal);
    const possessor =
      before?.normal === "'s" || before?.normal === '’s'
        ? names.find((entity) => entity.last === at - 2)
        : undefined;
    // The one the noun names: a name in apposition after it ("Rob's successor, Niamh"), or the
    // nearest other name before it ("Annika … has been appointed as his successor").
    // "Her successor as leader is Samuel Osei": the name after "be", past the post.
    const copula = tokens.findIndex(
      (other, index) => index > at && index <= at + REACH && other.lemma === 'be',
    );
    // A name in brackets is an aside ("Sue Mortimer (Plot 38)"), no one of the succession; so is
    // one inside commas after another name ("Sian Kitto, currently deputy harbour master at
    // Carrick Haven, as his successor"): English's appositive describes the name before it.
    const people = names.filter(
      (entity) => tokens[entity.first - 1]?.text !== '(' && !inApposedAside(entity, names, tokens),
    );
    // "in her place": the one named is the subject of the clause's verb ("Sue Mortimer (Plot
    // 38) was elected secretary in her place"), no other name before ("I was elected in her
    // place" after "…stood down at our AGM" names no one).
    const clauseVerb = inPlaceOf
      ? tokens.findLastIndex((other, index) => index < at - 2 && other.pos === 'VERB')
      : -1;
    const subject =
      clauseVerb >= 0
        ? people.find(
            (entity) =>
              entity.text ===
              nameEndingAt(parsed, subjectEndBefore(tokens, clauseVerb), antecedent),
          )
        : undefined;
    const named = inPlaceOf
      ? subject
      : (nameAfter(at, 2) ??
        (copula >= 0 ? nameAfter(copula, 2) : undefined) ??
        people.filter((entity) => entity.last < at && entity !== possessor).at(-1));
    const owner = pronoun
      ? (people.filter((entity) => entity.last < at - 1 && entity !== named).at(-1)?.text ??
        antecedent)
      : possessor?.text;
    if (SUCCESSOR_NOUNS.has(lemma) || inPlaceOf) add(owner, named?.text);
    else add(named?.text, owner);
  });
  // "Directors of excavations: Dr Helen Crowe (1996-2018), Dr Sam Achterberg (2018-2022), …".
  for (const { before, after } of holdersInTurn(parsed)) add(before, after);
  return found;
}

/**
 * True when the name stands inside a phrase set off by commas right after another name, before
 * the phrase's closing comma ("Sian Kitto, currently deputy harbour master at Carrick Haven,
 * as…"): an aside describing that name.
 */
function inApposedAside(
  entity: Entity,
  names: readonly Entity[],
  tokens: readonly Token[],
): boolean {
  let open = entity.first - 1;
  while (open >= 0 && tokens[open]!.normal !== ',') {
    if (tokens[open]!.pos === 'VERB' || tokens[open]!.pos === 'PUNCT') return false;
    open -= 1;
  }
  if (open < 1 || !names.some((other) => other.last === open - 1)) return false;
  for (let close = entity.last + 1; close < tokens.length; close += 1) {
    if (tokens[close]!.normal === ',') return true;
    if (tokens[close]!.pos === 'VERB' || tokens[close]!.pos === 'PUNCT') return false;
  }
  return false;
}

/** The subject of the sentence: its first name, or the one a pronoun opening it stands for. */
function firstSubject(
  names: readonly Entity[],
  tokens: readonly Token[],
  antecedent: string | undefined,
): string | undefined {
  const opening = tokens.find((token) => token.pos !== 'PUNCT' && token.pos !== 'SYM');
  if (opening && PERSONAL.has(opening.normal)) return antecedent;
  return names[0]?.text;
}

/** What a question asks of a succession: the one before or after the name it gives. */
export interface AskedSuccession {
  /** The name the question gives, lower-cased words. */
  known: string[];
  wanted: 'before' | 'after';
}

/**
 * The succession a "who" question asks about: "Who replaced Rob Szczepański?", "Who took over
 * from Hamish Urquhart?" (the one after), "Who did Niamh replace?", "Who ran the company
 * before Annika Rasmussen-Vey?" (the one before), "Who was Rob's successor?"; null otherwise.
 */
export function askedSuccession(
  parsed: ParsedText,
  /** The name a follow-up's personal pronoun stands for ("Who took over from her?"). */
  referent?: readonly string[],
): AskedSuccession | null {
  const { tokens } = parsed;
  if (!tokens.some((token) => token.normal === 'who')) return null;
  // A personal pronoun with a referent stands for that name, as one of the question's names.
  const names = [
    ...parsed.entities.filter((entity) => entity.type === 'name'),
    ...(referent
      ? tokens.flatMap((token, at) =>
          PERSONAL.has(token.normal) || POSSESSIVES.has(token.normal)
            ? [
                {
                  type: 'name' as const,
                  text: referent.join(' '),
                  start: token.start,
                  end: token.end,
                  first: at,
                  last: at,
                },
              ]
            : [],
        )
      : []),
  ];
  const words = (entity: Entity) => entity.text.toLowerCase().split(/\s+/u);
  for (const [at, token] of tokens.entries()) {
    if (succeedsAt(tokens, at)) {
      const from =
        lemmatize(token.normal) === 'take'
          ? tokens.findIndex((other, index) => index > at && other.normal === 'from')
          : at;
      const object = names.find(
        (entity) => from >= 0 && entity.first > from && entity.first <= from + REACH,
      );
      if (object) return { known: words(object), wanted: 'after' };
      const subject = names.find((entity) => entity.last === subjectEndBefore(tokens, at));
      if (subject) return { known: words(subject), wanted: 'before' };
    }
    const lemma = lemmatize(token.normal);
    if (token.pos === 'NOUN' && (SUCCESSOR_NOUNS.has(lemma) || PREDECESSOR_NOUNS.has(lemma))) {
      const owner = names.find(
        (entity) => entity.last === at - 2 && /['’]s$/u.test(tokens[at - 1]!.normal),
      );
      if (owner)
        return { known: words(owner), wanted: SUCCESSOR_NOUNS.has(lemma) ? 'after' : 'before' };
    }
    // "Who took over as chief executive when Margaret Okafor retired?": a time clause of a
    // name leaving a post asks who came after them.
    if (token.normal === 'when') {
      const leaver = names.find((entity) => entity.first === at + 1);
      const verb = leaver ? tokens[leaver.last + 1] : undefined;
      const lemma = verb ? lemmatize(verb.normal) : '';
      if (
        leaver &&
        // The tagger may read the past participle as an adjective ("Okafor retired?").
        (verb?.pos === 'VERB' || verb?.pos === 'ADJ') &&
        (LEAVING_VERBS.has(lemma) ||
          (LEAVING_PHRASAL.has(lemma) && tokens[leaver.last + 2]?.normal === 'down'))
      )
        return { known: words(leaver), wanted: 'after' };
    }
    // "…before Annika Rasmussen-Vey?", "…after Gillian Okafor?": a name right after the
    // preposition of time.
    if ((token.normal === 'before' || token.normal === 'after') && token.pos === 'ADP') {
      const next = names.find((entity) => entity.first === at + 1);
      if (next)
        return { known: words(next), wanted: token.normal === 'before' ? 'before' : 'after' };
    }
  }
  return null;
}

/** True when the name `written` shares a word with the name asked, titles of address aside. */
export function namesSame(written: string, known: readonly string[]): boolean {
  const own = written
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => word.replace(/\.$/u, ''))
    .filter((word) => !TITLES_OF_ADDRESS.has(word));
  return own.some((word) => known.includes(word));
}

/** English's verbs of leaving a post (a closed class), and the particle a phrasal one takes. */
const LEAVING_VERBS: ReadonlySet<string> = new Set(['retire', 'resign', 'leave', 'depart', 'quit']);
const LEAVING_PHRASAL: ReadonlySet<string> = new Set(['step', 'stand']);
/**
 * English's verbs of being given a post, in the passive ("had been appointed Director of
 * Nursing"), and of taking one, active ("joined as executive director", "became chair").
 */
const GIVING_VERBS: ReadonlySet<string> = new Set(['appoint', 'elect', 'name', 'choose', 'select']);
const TAKING_VERBS: ReadonlySet<string> = new Set(['join', 'become']);
/** What "take" takes to take a post: "take over", "take charge". */
const TAKEN_OVER: ReadonlySet<string> = new Set(['over', 'charge']);

/** The name (or a pronoun's antecedent) before the verb at `at`, a post's holder. */
function holderBefore(
  parsed: ParsedText,
  at: number,
  antecedent: string | undefined,
): string | undefined {
  let end = subjectEndBefore(parsed.tokens, at);
  // "Mr Colin Fairley, deputy head since 2012, leaves at Christmas": past an apposition set
  // off by commas to the name it describes; "his daughter, Dana Hollander-Reyes, became
  // president": the apposition is the name itself.
  if (parsed.tokens[end]?.normal === ',') {
    const open = parsed.tokens.findLastIndex((token, index) => index < end && token.normal === ',');
    const apposed = parsed.entities.find(
      (entity) => entity.type === 'name' && entity.first === open + 1 && entity.last === end - 1,
    );
    if (open > 0 && apposed) return apposed.text;
    if (open > 0) end = open - 1;
  }
  return nameEndingAt(parsed, end, antecedent);
}

/**
 * The name ending at the token `end`, the one a relative "who" right after a name stands for
 * ("new head coach Gareth Moyo, who took over from…"), or the one a personal pronoun there
 * stands for (`antecedent`).
 */
function nameEndingAt(
  parsed: ParsedText,
  end: number,
  antecedent: string | undefined,
): string | undefined {
  const { tokens, entities } = parsed;
  const nameAt = (last: number) =>
    entities.find((entity) => entity.type === 'name' && entity.last === last)?.text;
  // "Sue Mortimer (Plot 38) was elected": past an aside in brackets, the name before it.
  if (tokens[end]?.text === ')') {
    const open = tokens.findLastIndex((token, at) => at < end && token.text === '(');
    if (open > 0) return nameEndingAt(parsed, open - 1, antecedent);
  }
  const name = nameAt(end);
  if (name) return name;
  if (tokens[end]?.normal === 'who')
    return nameAt(tokens[end - 1]?.normal === ',' ? end - 2 : end - 1);
  // "Anna Whitcombe, who has directed all six festivals so far, will hand over…": past a
  // relative clause set off by commas, the name it describes.
  if (tokens[end]?.text === ',') {
    const opening = tokens.findLastIndex(
      (token, at) => at < end && token.text === ',' && tokens[at + 1]?.normal === 'who',
    );
    if (opening > 0) return nameAt(opening - 1);
  }
  if (!PERSONAL.has(tokens[end]?.normal ?? '')) return undefined;
  // "Gillian Marsh announced that she would stand down": a name earlier in the same sentence,
  // the subject the pronoun's clause is reported of, before one of the sentence before.
  const before = entities.findLast(
    (entity) => entity.type === 'name' && entity.last < end && nameAt(entity.last) === entity.text,
  );
  return before !== undefined && reportsOf(tokens, before.last, end) ? before.text : antecedent;
}

/**
 * True when the words between a name (ending at `name`) and a pronoun (at `pronoun`) report a
 * clause of the name's: a verb and "that" or nothing ("Gillian Marsh announced that she…",
 * "Professor Oyelaran confirmed she…"), no other name or noun between.
 */
function reportsOf(tokens: readonly Token[], name: number, pronoun: number): boolean {
  const between = tokens.slice(name + 1, pronoun);
  return (
    between.length > 0 &&
    between.length <= 3 &&
    between[0]!.pos === 'VERB' &&
    between.slice(1).every((token) => token.normal === 'that' || token.pos === 'ADV')
  );
}

/**
 * Who a sentence says leaves a post ("She retires on 30 June…", "Harriet Penhaligon left in
 * August after nine years as executive director", "…steps down as managing director") and who
 * it says takes one ("Tomasz Nowak had been appointed Director of Nursing", "Joel
 * Tremayne-Adebayo joined as executive director"): the subjects of those verbs.
 */
export function postChanges(
  parsed: ParsedText,
  previous?: ParsedText,
  common: (word: string) => boolean = () => false,
): { leaving: string[]; taking: string[] } {
  const { tokens } = parsed;
  const antecedent = previous ? personAntecedent(previous, common) : undefined;
  const leaving: string[] = [];
  const taking: string[] = [];
  tokens.forEach((token, at) => {
    if (token.pos !== 'VERB') return;
    const lemma = lemmatize(token.normal);
    const holder = () => holderBefore(parsed, at, antecedent);
    const leaves =
      (LEAVING_VERBS.has(lemma) && !inPassive(tokens, at)) ||
      (LEAVING_PHRASAL.has(lemma) && tokens[at + 1]?.normal === 'down');
    const takes =
      (GIVING_VERBS.has(lemma) && inPassive(tokens, at)) ||
      (TAKING_VERBS.has(lemma) && !inPassive(tokens, at)) ||
      // "Kwame Asante has taken over as volunteer coordinator", "will take charge of the team"
      // (taking over from someone is a succession stated whole: `successionsIn`).
      (lemma === 'take' &&
        TAKEN_OVER.has(tokens[at + 1]?.normal ?? '') &&
        tokens[at + 2]?.normal !== 'from');
    const name = leaves || takes ? holder() : undefined;
    if (name && leaves) leaving.push(name);
    if (name && takes) taking.push(name);
  });
  // "The Board agreed to nominate Gareth Pugh as Chair", "members elected Rupinder Kaur as
  // chair": the one an active verb of giving a post names, right before "as" and the post.
  tokens.forEach((token, at) => {
    if (token.pos !== 'VERB' || inPassive(tokens, at)) return;
    if (!GIVING_VERBS.has(lemmatize(token.normal)) && lemmatize(token.normal) !== 'nominate')
      return;
    const named = parsed.entities.find(
      (entity) => entity.type === 'name' && entity.first === at + 1,
    );
    if (named && tokens[named.last + 1]?.normal === 'as') taking.push(named.text);
  });
  // "Our new treasurer from January 2020 is Nadia Flint": the one a form of "be" names after a
  // subject that is the post's new holder takes the post.
  tokens.forEach((token, at) => {
    if (token.lemma !== 'be' || at === 0) return;
    const subject = tokens.slice(0, at);
    if (
      !subject.some((word) => word.normal === 'new') ||
      subject.some((word) => word.pos === 'VERB')
    )
      return;
    const named = parsed.entities.find(
      (entity) => entity.type === 'name' && entity.first > at && entity.first <= at + 2,
    );
    if (named) taking.push(named.text);
  });
  return { leaving, taking };
}

/** Sentences before a pronoun its antecedent may stand in, at most; set once, not tuned. */
export const ANTECEDENT_REACH = 4;

/**
 * Of the sentences before one (nearest first, at most `ANTECEDENT_REACH`), the nearest naming a
 * person a pronoun may stand for, through sentences that go on about the same person: a "he"
 * or "she" of their own, or a quotation going on ("Because of the lockdown she was unable…
 * '…,' she said. 'But I'm told…' Her successor is Mark Ellery": "her" is the one named before
 * them); a sentence whose subject is such a pronoun goes on about them, whoever else it names.
 * A sentence naming no one and going on about no one ends the search.
 */
export function antecedentSentence<T extends { parsed: ParsedText }>(
  before: readonly T[],
  common: (word: string) => boolean = () => false,
): T | undefined {
  for (const sentence of before.slice(0, ANTECEDENT_REACH)) {
    const { tokens, text } = sentence.parsed;
    // "Last year he received the RNLI bronze medal…": a sentence whose subject is a "he" or
    // "she" goes on about the one named before; its other names are what befell them.
    const verb = tokens.findIndex((token) => token.pos === 'VERB' || token.pos === 'AUX');
    const pronounSubject = tokens
      .slice(0, verb < 0 ? tokens.length : verb)
      .some((token) => PERSONAL.has(token.normal));
    if (!pronounSubject && personAntecedent(sentence.parsed, common) !== undefined) return sentence;
    // A sentence about the family ("The Calders retain their shareholding.") goes on about
    // its members.
    const goesOn =
      /^\s*["“‘]/u.test(text) ||
      tokens.some((token) => PERSONAL.has(token.normal) || POSSESSIVES.has(token.normal)) ||
      sentence.parsed.entities.some((entity) => familyName(sentence.parsed, entity));
    if (!goesOn) return undefined;
  }
  return undefined;
}

/**
 * The person a "he" or "she" opening a sentence stands for: the first name of the sentence
 * before that is no place after a preposition of place ("Born in Porto, Ana Ferreira…") and
 * does not end in a word its article writes in lower case ("Harrowfield Regional Airport").
 */
function personAntecedent(
  previous: ParsedText,
  common: (word: string) => boolean,
): string | undefined {
  return previous.entities.find(
    (entity) =>
      entity.type === 'name' &&
      !familyName(previous, entity) &&
      !LOCATIVE.has(previous.tokens[entity.first - 1]?.normal ?? '') &&
      !common(entity.text.split(/\s+/u).at(-1)!.toLowerCase()),
  )?.text;
}

/**
 * True for a family named in the plural ("the Calders retain their 20% shareholding"): "the"
 * and a surname in "-s", several people, whom no "he" or "she" stands for.
 */
function familyName(parsed: ParsedText, entity: Entity): boolean {
  return (
    entity.first === entity.last &&
    parsed.tokens[entity.first - 1]?.normal === 'the' &&
    /\p{Ll}s$/u.test(entity.text)
  );
}

/** True when the sentence states successions and none of them is of the one asked (`known`). */
export function succeedsOthersOnly(parsed: ParsedText, known: readonly string[]): boolean {
  const pairs = successionsIn(parsed);
  return (
    pairs.length > 0 &&
    pairs.every((pair) => !namesSame(pair.before, known) && !namesSame(pair.after, known))
  );
}
