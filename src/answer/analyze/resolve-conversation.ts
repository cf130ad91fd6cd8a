/**
 * What a follow-up refers to. A question that leans on earlier turns (a
 * third-person pronoun or demonstrative, or too few words to stand alone:
 * "and in 2022?", "who said it?") takes the previous question's words as
 * context; a personal pronoun binds to a person named in the lead of the
 * previous answer or in the previous question, and an elliptical question
 * keeps the previous question's kind and constraints unless it states its own.
 */
import { isStopword, lemmatize, tokenize } from '../../text/tokenize.js';
import type { ChatMessage } from '../chat-types.js';
import { REFUSAL_TEXT } from '../create-refusal.js';
import { withoutCitationMarks } from './answer-text.js';
import type { Classification } from './classify-question.js';
import { classifyQuestion } from './classify-question.js';
import { findConstraints, nameWords } from './find-constraints.js';
import { YEAR, type ParsedText, type TextParser, type Token } from './parse-text.js';
import {
  LOCATIVE,
  type AnswerType,
  type Constraints,
  type QuestionKind,
} from './question-types.js';
import { COMMON_WORD_RANK, type WordVectors } from '../../embed/word-vectors.js';
import type { WordNet } from '../../text/wordnet.js';
import { GENDERED_PRONOUNS, PERSON_PRONOUNS, THING_PRONOUNS } from './pronouns.js';

export interface ConversationContext {
  /** Words of earlier turns the question refers to ("" when it stands alone). */
  context: string;
  /** Name words within the context. */
  names: Set<string>;
  constraints: Constraints;
  /** For an elliptical question, the previous question's kind and answer type. */
  kind: QuestionKind | null;
  answerType: AnswerType | null;
  /**
   * For an elliptical question, the noun the previous one counted, as a lemma ("days" of "how
   * many days of leave…?" carried to "And after five years?"); null otherwise.
   */
  counted: string | null;
  /** The name words a personal pronoun of the question stands for; null when none. */
  referent: string[] | null;
}

const EMPTY: ConversationContext = {
  context: '',
  names: new Set(),
  constraints: { years: [], quarters: [], names: [], numbers: [] },
  kind: null,
  answerType: null,
  counted: null,
  referent: null,
};

/** The previous answer's lead: its first sentence, without citation markers. */
function leadOf(answer: string): string {
  const plain = withoutCitationMarks(answer);
  // A short answer stands on a line of its own ("University of Hawaii", then the cited
  // sentence): the line ends the lead as a full stop does.
  const line = plain.trimStart().split('\n')[0]!;
  const end = line.search(/[.!?](\s|$)/u);
  return (end >= 0 ? line.slice(0, end + 1) : line).slice(0, 300);
}

/** Words that may open a follow-up before the topic it sets ("and", "so", "now", "what about"). */
const OPENING_POS: ReadonlySet<string> = new Set(['CCONJ', 'ADV', 'INTJ']);

/**
 * The nouns of a noun phrase that opens the question and is set apart by a comma before the
 * question proper ("And the railway, when did it arrive?", "The flood wall — who paid for
 * it?"): English's left-dislocated topic. Empty when the question opens otherwise.
 */
function leadingTopic(parsed: ParsedText): Token[] {
  const tokens = parsed.tokens;
  let at = 0;
  while (at < tokens.length && OPENING_POS.has(tokens[at]!.pos)) at += 1;
  const phrase: Token[] = [];
  while (at < tokens.length && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[at]!.pos))
    phrase.push(tokens[at++]!);
  const separator = tokens[at]?.text;
  if (separator !== ',' && separator !== '—' && separator !== '–' && separator !== '-') return [];
  // The question proper follows: a wh-word or an auxiliary.
  const next = tokens[at + 1];
  if (!next || !(next.pos === 'AUX' || /^(wh|how)/u.test(next.normal))) return [];
  return phrase.filter(
    (token) => (token.pos === 'NOUN' || token.pos === 'PROPN') && !isStopword(token.normal),
  );
}

/** English's plural pronouns a partitive "how many of…" counts the referent of. */
const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['them', 'those', 'these']);

/**
 * "How many of them took part?" after "When did the nurses strike?": a partitive of a plural
 * pronoun counts what the pronoun stands for, the previous question's first plural noun (a
 * plural pronoun agrees in number); null otherwise.
 */
function countedByPronoun(words: readonly Token[], previous: ParsedText): string | null {
  const [how, many, of, pronoun] = words;
  if (how?.normal !== 'how' || many?.normal !== 'many' || of?.normal !== 'of') return null;
  if (!PLURAL_PRONOUNS.has(pronoun?.normal ?? '')) return null;
  const plural = previous.tokens.find(
    (token) => token.pos === 'NOUN' && lemmatize(token.normal) !== token.normal,
  );
  return plural ? lemmatize(plural.normal) : null;
}

/** The question's words that are no stopwords. */
function contentWords(parsed: ParsedText): string[] {
  // A year ("And in 2022?") is a time the question is asked at, no word to search for.
  return tokenize(parsed.text).filter((token) => !isStopword(token) && !YEAR.test(token));
}

/**
 * How a question leans on the turns before it: a pronoun for a person or a thing, or an
 * ellipsis (two content words or fewer, "and…", "what about…").
 */
function dependence(parsed: ParsedText): {
  personPronoun: boolean;
  thingPronoun: boolean;
  elliptical: boolean;
} {
  const words = parsed.tokens.filter((token) => token.pos !== 'PUNCT');
  const content = contentWords(parsed);
  return {
    personPronoun: words.some((token) => PERSON_PRONOUNS.has(token.normal)),
    thingPronoun: words.some(
      (token) =>
        THING_PRONOUNS.has(token.normal) &&
        (token.pos === 'PRON' || token.pos === 'DET' || token.pos === 'ADV' || token.pos === 'ADJ'),
    ),
    elliptical:
      content.length <= 2 ||
      ['and', 'also'].includes(words[0]?.normal ?? '') ||
      (words[0]?.normal === 'what' && words[1]?.normal === 'about') ||
      (words[0]?.normal === 'how' && words[1]?.normal === 'about'),
  };
}

/** A name of two words or more ending in a word no common English word (a surname). */
function fullPersonName(name: string, lexicon: WordVectors | undefined): boolean {
  const words = nameWords(name);
  const last = words.at(-1);
  return (
    words.length >= 2 &&
    last !== undefined &&
    /^\p{L}+$/u.test(last) &&
    (lexicon?.rank(last) ?? Infinity) >= COMMON_WORD_RANK
  );
}

/** True when the name is one word no common English word is ("Niamh", not "Dawn"). */
function givenNameOnly(name: string, lexicon: WordVectors | undefined): boolean {
  const words = nameWords(name);
  return (
    words.length === 1 &&
    /^\p{L}+$/u.test(words[0]!) &&
    (lexicon?.rank(words[0]!) ?? Infinity) >= COMMON_WORD_RANK
  );
}

export function resolveConversation({
  parser,
  parsed,
  history,
  classification,
  lexicon,
  senses,
  previousResolved,
  previousSearch,
  previousReferent,
}: {
  parser: TextParser;
  parsed: ParsedText;
  history: ChatMessage[];
  classification: Classification;
  lexicon?: WordVectors;
  /** WordNet's nouns, as the question's own classification has them. */
  senses?: WordNet | undefined;
  /**
   * The previous question's constraints as its own turn resolved them ("And the year after?"
   * asked 2024 of a 2023 question): an elliptical question keeps their years and quarters.
   */
  previousResolved?: () => Constraints;
  /** The previous question's search words as its own turn resolved them, with their context. */
  previousSearch?: () => string;
  /** Whom the previous question's own personal pronoun stood for, as its turn resolved it. */
  previousReferent?: () => string[] | null;
}): ConversationContext {
  const previousQuestion = history.findLast((message) => message.role === 'user')?.content;
  if (!previousQuestion) return EMPTY;
  const previousAnswer = history.findLast((message) => message.role === 'assistant')?.content ?? '';
  const refused = previousAnswer.startsWith(REFUSAL_TEXT);
  const words = parsed.tokens.filter((token) => token.pos !== 'PUNCT');
  const { personPronoun, thingPronoun, elliptical } = dependence(parsed);
  if (!personPronoun && !thingPronoun && !elliptical) return EMPTY;

  const previous = parser.parse(previousQuestion);
  // "When did the nurses strike?" — "Why?" — "Did it happen again?": a previous turn of no
  // content words of its own is read as its own turn resolved it.
  const previousText =
    previousSearch && contentWords(previous).length === 0 ? previousSearch() : previousQuestion;
  const previousContext = previousText === previousQuestion ? previous : parser.parse(previousText);
  // "And the railway, when did it arrive?": a topic set before a comma, which the question's
  // own pronoun then takes up, starts a new subject when the earlier turns never named it.
  const topic = leadingTopic(parsed);
  if (topic.length > 0) {
    const before = new Set(
      tokenize(`${previousQuestion} ${refused ? '' : leadOf(previousAnswer)}`).map(lemmatize),
    );
    if (topic.some((token) => !before.has(lemmatize(token.normal)))) return EMPTY;
  }
  // "…and the year after?" — "what about the third quarter of that year?": an elliptical
  // question keeps the time the previous turn asked, even when only that turn's own context
  // stated it; its names stay those the previous question states. A question about a person
  // ("how much had they paid for him?") keeps only what the previous question states: the
  // year of a final two turns back dates no transfer fee.
  const stated = findConstraints(previous);
  const resolved = elliptical && !personPronoun && previousResolved ? previousResolved() : null;
  const previousConstraints = resolved
    ? { ...stated, years: resolved.years, quarters: resolved.quarters }
    : stated;
  const lead = refused ? '' : leadOf(previousAnswer);
  const leadParsed = parser.parse(lead);
  const leadNames = leadParsed.entities
    .filter((entity) => entity.type === 'name')
    .map((entity) => entity.text);
  const questionNames = previousContext.entities
    .filter((entity) => entity.type === 'name')
    .map((entity) => entity.text);
  // Names a personal pronoun may stand for: not one after a preposition of place ("from a
  // biochemistry group in Freiburg"), which English uses for places, not people.
  const personLike = (parsed: ParsedText) =>
    parsed.entities
      .filter(
        (entity) =>
          entity.type === 'name' &&
          !(
            parsed.tokens[entity.first - 1]?.pos === 'ADP' &&
            LOCATIVE.has(parsed.tokens[entity.first - 1]!.normal)
          ),
      )
      .map((entity) => entity.text);
  const previousClass = lexicon
    ? classifyQuestion(previous.tokens, lexicon, previous.text, senses)
    : null;

  // "What is she doing instead?": a factoid whose answer is neither a name nor a figure.
  const answeredWithThing = previousClass?.kind === 'factoid' && previousClass.answerType === 'any';
  const contextParts = [previousText];
  const names = new Set<string>();
  const constraintNames: string[][] = [];
  let referent: string[] | null = null;
  if (personPronoun) {
    // A "who" question's answer is the person a later "he" or "she" means.
    const askedForPerson = previousClass?.answerType === 'person';
    const [fromLead, fromQuestion] = [personLike(leadParsed), personLike(previousContext)];
    const ordered = askedForPerson
      ? [...fromLead, ...fromQuestion]
      : [...fromQuestion, ...fromLead];
    // "Who did he meet?" — "What did he suggest?": the same pronoun in the previous question
    // goes on meaning whom it meant there (the person that turn resolved it to, not a name the
    // question itself gave: "what had he written for Larkspur?" — "how long did that take
    // him?" is Chris Weller's time, not Larkspur's), not the people its answer named.
    const samePronoun = GENDERED_PRONOUNS.some(
      (forms) =>
        words.some((token) => forms.has(token.normal)) &&
        previous.tokens.some((token) => forms.has(token.normal)),
    );
    const meantBefore = samePronoun
      ? (previousReferent?.() ?? previousResolved?.().names[0])?.join(' ')
      : undefined;
    // A "who" question's answer naming one person by a word no common English word is ("Niamh")
    // names whom the pronoun means, before a fuller name the question gave.
    const leadPerson = askedForPerson
      ? fromLead.find((name) => fullPersonName(name, lexicon) || givenNameOnly(name, lexicon))
      : undefined;
    const antecedent =
      meantBefore ??
      leadPerson ??
      // A person is named with a given name and a surname, no common word ("Iranian Interior
      // Minister Ahmad Vahidi", not "Dawn" or "Iran"): such a name comes first.
      ordered.find((name) => fullPersonName(name, lexicon)) ??
      ordered[0] ??
      // "When did his contract end?" — "Who took over his enzyme work?": with no one named in
      // the turn before, the pronoun goes on meaning whom that turn's own pronoun meant.
      (previousSearch ? personLike(parser.parse(previousSearch()))[0] : undefined);
    if (antecedent) {
      contextParts.push(antecedent);
      for (const word of nameWords(antecedent)) names.add(word);
      constraintNames.push(nameWords(antecedent));
      referent = nameWords(antecedent);
    }
  } else if (lead && (!thingPronoun || answeredWithThing) && !lead.trimStart().startsWith('|')) {
    // An elliptical question ("and in 2022?") may be about what the answer said; "that
    // attack" refers to what the previous question asked about, not to the answer's words,
    // unless that answer was a thing rather than a name or a figure ("What is she doing?" —
    // "Directing a film adaptation…" — "Who's writing it?").
    // Not a table's rows ("| Q3 (Jul–Sep) | 87% | 91% | Full year | …"): their cells are
    // figures and labels, the data asked of, no topic of the conversation.
    contextParts.push(lead);
  }
  for (const name of questionNames) for (const word of nameWords(name)) names.add(word);
  for (const name of leadNames) for (const word of nameWords(name)) names.add(word);
  const ownNames = parsed.entities.some((entity) => entity.type === 'name');
  if (!ownNames && !personPronoun) constraintNames.push(...previousConstraints.names);

  const inheritKind =
    elliptical &&
    !personPronoun &&
    classification.kind === 'factoid' &&
    classification.answerType === 'any' &&
    !words.some((token) => token.pos === 'VERB');
  // "Who chaired the board in 2021?" — "When did he stand down?": asked when the person did
  // something else, the year of the previous question is no answer's year.
  const newEventDate = personPronoun && classification.answerType === 'date';
  return {
    context: contextParts.join(' '),
    names,
    constraints: {
      ...previousConstraints,
      ...(newEventDate ? { years: [], quarters: [] } : {}),
      names: constraintNames,
      numbers: [],
    },
    kind: inheritKind ? (previousClass?.kind ?? null) : null,
    answerType: inheritKind ? (previousClass?.answerType ?? null) : null,
    counted:
      inheritKind && previousClass?.counted === true && previousClass.focusToken !== null
        ? lemmatize(previous.tokens[previousClass.focusToken]!.normal)
        : countedByPronoun(words, previousContext),
    referent,
  };
}
