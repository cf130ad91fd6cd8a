/**
 * Question analysis: kind, expected answer type, weighted terms, constraints,
 * the articles it names, and for a follow-up, what it refers to in the
 * conversation (resolve-conversation.ts).
 */
import { succeedsAt } from './succession-verbs.js';
import { lightVerbsCarrying } from './light-verbs.js';
import { contrastWords } from './contrast-phrase.js';
import { adverbPhrases } from './adverb-phrases.js';
import type { WordVectors } from '../../embed/word-vectors.js';
import { namesWritingFirst, type WordNet } from '../../text/wordnet.js';
import { termWeight } from '../../embed/term-weights.js';
import { isComparative, isStopword, lemmatize, tokenize } from '../../text/tokenize.js';
import type { ChatMessage } from '../chat-types.js';
import {
  CAUSING_VERBS,
  classifyQuestion,
  COMPARISON_WORDS,
  INTERROGATIVES,
  LIST_WORDS,
  namesPeople,
  SUMMARY_WORDS,
  TYPE_NOUNS,
} from './classify-question.js';
import {
  datesByEvent,
  relativeQuarterShift,
  relativeQuarterWords,
  relativeYearShift,
  relativeYearWords,
  shiftQuarter,
  shiftYears,
} from './find-relative-years.js';
import { askedWriter, namesWriting } from './requested-writing.js';
import { closingSigner } from '../../text/signature.js';
import {
  decadeWords,
  findConstraints,
  isFiscalYearWord,
  nameWords,
  quarterMonthWords,
  withYearSpans,
  WRITTEN_YEAR_RANGE,
} from './find-constraints.js';
import type { DocumentCatalogue } from './document-catalogue.js';
import {
  bestByHeader,
  findDocumentReferences,
  narrowest,
  titleHolding,
} from './find-document-references.js';
import { YEAR, type ParsedText, type TextParser, type Token } from './parse-text.js';
import { MONTHS } from '../../ingest/extract-metadata.js';
import { FIGURE_TYPES, GENERIC_COUNT_LEMMAS, LOCATIVE } from './question-types.js';
import type { QuestionAnalysis, QuestionTerm, Constraints } from './question-types.js';
import { resolveConversation } from './resolve-conversation.js';
import { findSides } from './find-sides.js';
import { truecase } from './truecase.js';

export interface QuestionAnalyzerOptions {
  parser: TextParser;
  lexicon: WordVectors;
  catalogue: DocumentCatalogue;
  /** How specific a lemma is in this corpus (0.6 in every chunk … 1 in one). */
  specificity: (lemma: string) => number;
  /** Weight of words carried over from earlier turns, relative to the user's own. */
  carriedWeight?: number;
  /** WordNet's nouns: what an untyped head noun asks for ("the budget": money). */
  senses?: WordNet;
}

/** Least SIF weight (how uncommon in English) of a focus noun that evidence must state; chosen on the development sets. */
const MIN_FOCUS_WEIGHT = 0.6;

/**
 * Answer types a measure noun names ("length", "height"), which then need not be stated. Not a
 * duration: "the duration of the recall" stays a word to find, or any span of time near the
 * recall ("left after eight years") would answer it.
 */
const MEASURE_TYPES: ReadonlySet<string> = new Set(['length']);

/** Nouns that only name the type of a figure. */
const TYPE_WORD_LEMMAS = new Set([
  'number',
  'amount',
  'figure',
  'total',
  'count',
  'sum',
  'percentage',
  'percent',
  'proportion',
  'share',
]);

/** Nouns of time that, after "what"/"which", ask for a date or time ("what date", "which year"). */
const TIME_WORD_LEMMAS = new Set(['date', 'year', 'day', 'month', 'time']);

/** Frequency rank under which a word is common English. */
const COMMON_RANK = 20_000;

/**
 * An acronym written in capitals that is no place: "in the UK", "from the EU" follow a
 * preposition of place (as answer-fit.ts reads places), "the CEO" does not.
 */
function isAcronym(parsed: ParsedText, word: string): boolean {
  return parsed.tokens.some((token, index) => {
    if (token.normal !== word || !/^\p{Lu}{2,5}$/u.test(token.text)) return false;
    const before = parsed.tokens[index - 1]?.pos === 'DET' ? index - 2 : index - 1;
    return !(parsed.tokens[before]?.pos === 'ADP' && LOCATIVE.has(parsed.tokens[before]!.normal));
  });
}

/**
 * "Who chairs the board?", "what runs the line?": after a subject "who" or "what", an
 * inflected word followed by its object is the verb, however the tagger read it.
 */
function subjectVerbTagged(parsed: ParsedText): ParsedText {
  const [wh, word, next] = parsed.tokens;
  if (
    wh &&
    word &&
    next &&
    ['who', 'what'].includes(wh.normal) &&
    word.pos === 'NOUN' &&
    /(?:s|ed)$/u.test(word.normal) &&
    ['DET', 'PRON', 'PROPN', 'NUM'].includes(next.pos)
  )
    word.pos = 'VERB';
  doSupportedVerb(parsed);
  return parsed;
}

/**
 * "Why did the bakery nearly close?", "what extras does Brisa Air charge for?", "how long did
 * Khan's visit to Tehran last?": after "do" and its subject English needs a bare verb. When
 * the tagger read none, it is the first common word that ends the subject (after a noun, a
 * name, a pronoun or an adverb, not after a possessive "'s") and is followed by an object, a
 * preposition, an infinitive ("cost to build") or the end — however the tagger read it.
 */
function doSupportedVerb(parsed: ParsedText): void {
  const tokens = parsed.tokens;
  const does = tokens.findIndex((token) => token.pos === 'AUX' && token.lemma === 'do');
  // "How much did the children's ward cost?": "do" carries the tense, so an "'s" after it is no
  // "is" or "has" but a possessive, and the word after it heads a noun phrase.
  for (const [at, token] of tokens.entries())
    if (does >= 0 && at > does + 1 && token.pos === 'VERB' && isPossessive(tokens[at - 1]!))
      token.pos = 'NOUN';
  // An infinitive after "to" ("what did it cost to build?") is a complement, not the verb "do"
  // supports.
  // "How much revenue did Tonearc have…": "have", "be" or "do" after the subject is the bare
  // verb itself, though tagged an auxiliary.
  const finite = (token: Token, at: number) =>
    at > does &&
    (token.pos === 'VERB' ||
      (at > does + 1 && token.pos === 'AUX' && ['have', 'be', 'do'].includes(token.lemma))) &&
    tokens[at - 1]?.normal !== 'to';
  if (does < 0 || tokens.some(finite)) return;
  const verb = tokens.find((token, at) => {
    if (at <= does + 1 || (token.pos !== 'NOUN' && token.pos !== 'ADJ')) return false;
    // A bare verb is its own base form: "numbers" is a plural ("How did passenger numbers…
    // compare?"), no verb after "do".
    if (lemmatize(token.normal) !== token.normal) return false;
    const before = tokens[at - 1]!;
    const after = tokens[at + 1];
    return (
      ['NOUN', 'PROPN', 'PRON', 'ADV'].includes(before.pos) &&
      before.pos !== 'PART' &&
      (after === undefined ||
        ['ADP', 'DET', 'PRON', 'PROPN', 'PUNCT'].includes(after.pos) ||
        after.normal === 'to' ||
        // "Why did the ward open late?": an adverb of manner or time ends the question.
        (['ADV', 'ADJ'].includes(after.pos) && tokens[at + 2]?.pos === 'PUNCT'))
    );
  });
  if (verb) verb.pos = 'VERB';
}

/** A possessive "'s" (or "’s", or the bare apostrophe of a plural: "the nurses' pay"). */
function isPossessive(token: Token): boolean {
  return token.pos === 'PART' && /^['’]s?$/u.test(token.text);
}

/**
 * A capitalised word of a date that is no month's name: a day of the week or one named for
 * what happens on it ("Sunday", "Christmas"), which no constraint reads, so the evidence must
 * state it.
 */
function namesDay(token: Token): boolean {
  return /^\p{Lu}\p{Ll}/u.test(token.text) && !MONTHS.includes(token.normal);
}

function startsQuestion(parsed: ParsedText, word: string): boolean {
  return parsed.tokens[0]?.normal === word;
}

export interface QuestionAnalyzer {
  analyze(messages: ChatMessage[]): QuestionAnalysis;
  /**
   * The user's messages with the names they typed in lower case written as `texts` (the
   * passages retrieved for the question) write them; `messages` itself when none changed.
   */
  recase(messages: ChatMessage[], texts: readonly string[]): ChatMessage[];
}

/** English's nouns for a written piece, which a summary asks of one article by ("the article about…"). */
const ARTICLE_NOUNS: ReadonlySet<string> = new Set(['article', 'piece', 'story', 'report']);

/** Determiners that point at one thing already known: "the", "this", "that", and the possessive "'s". */
export const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', "'s", '’s']);

/**
 * True when the noun names a piece of writing: one of English's article nouns; or, when a
 * summary is asked by name ("summarise", "overview"), a noun WordNet files first as a
 * communication ("newsletter", "interview", "minutes", "blog"), or one after a noun WordNet
 * files only as one in a compound ("blog post"). "What was the book about?" asks of a book an
 * article speaks of, not of an article. A plural only when WordNet has the plural as a word of
 * its own ("minutes"): "the reports" are several. A word asking for the summary itself ("the
 * summary of…") names no article.
 */
function namesPiece(
  tokens: readonly Token[],
  index: number,
  senses: WordNet | undefined,
  requested: boolean,
): boolean {
  const token = tokens[index]!;
  if (ARTICLE_NOUNS.has(token.normal)) return true;
  // The phrase's head, not a modifier of the noun after it ("the title race").
  if (
    !requested ||
    token.pos !== 'NOUN' ||
    SUMMARY_WORDS.has(token.lemma) ||
    tokens[index + 1]?.pos === 'NOUN'
  )
    return false;
  const plural = token.normal !== token.lemma;
  if (namesWritingFirst(token.normal, senses)) return true;
  // "blog post": a modifier that names nothing but writing makes its noun a piece of writing;
  // "title race" is no piece, as a title is also a rank.
  const before = senses?.senses(tokens[index - 1]?.normal ?? '') ?? [];
  return (
    !plural && before.length > 0 && before.every((sense) => sense.lexFile === 'noun.communication')
  );
}

/**
 * True when the question asks for one article, by a definite determiner or a possessive and a
 * noun for a written piece ("the article about the salmon count", "that piece", "Jess
 * Polglase's blog post", "the 2022 annual report").
 */
function asksOneArticle(tokens: readonly Token[], senses: WordNet | undefined): boolean {
  const requested = tokens.some((token) => SUMMARY_WORDS.has(token.lemma));
  return tokens.some(
    (_token, index) =>
      namesPiece(tokens, index, senses, requested) &&
      tokens.slice(Math.max(0, index - 3), index).some((before) => DEFINITE.has(before.normal)),
  );
}

/** Words that ask for a kind of answer or name an article rather than a topic. */
const REQUEST_LEMMAS = new Set([
  ...SUMMARY_WORDS,
  ...LIST_WORDS,
  ...COMPARISON_WORDS,
  'article',
  'piece',
  'story',
  'report',
  'document',
  'text',
  'main',
  'key',
  'name',
  'mention',
  'happen',
  'reason',
  'sum',
  'tl',
  'dr',
  'tldr',
  'quick',
  'give',
  'tell',
  'briefly',
  'cause',
]);

/**
 * Verbs that make a request only when addressed to the speaker ("walk me through", "brief
 * us"), or "brief" in the idiom "in brief": "why did the pilots walk out?" and "what did the
 * general brief him on?" ask about them.
 */
const SPEAKER_REQUEST_LEMMAS = new Set(['walk', 'brief']);

/** Parts of speech that carry no topic: prepositions, determiners, pronouns, conjunctions, particles. */
const FUNCTION_POS = new Set(['ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'AUX']);

/**
 * The words the parser tags only as function words wherever `parsed` uses them ("per", "via",
 * "despite"): the stopword list names the commonest, the tagger knows the rest.
 */
function functionWords(parsed: ParsedText): string[] {
  // Right after a verb, a preposition may be its particle ("sent off", "walk out"): part of
  // the verb's meaning.
  const particle = (index: number) => parsed.tokens[index - 1]?.pos === 'VERB';
  const open = new Set(
    parsed.tokens
      .filter((token, index) => !FUNCTION_POS.has(token.pos) || particle(index))
      .map((token) => token.normal),
  );
  return parsed.tokens
    .filter((token) => FUNCTION_POS.has(token.pos) && !open.has(token.normal))
    .map((token) => lemmatize(token.normal));
}

/**
 * An adverb opening the question before its interrogative hedges it ("roughly how many
 * members…", "approximately what did it cost", "exactly when…"): it says how precise an answer
 * will do, not what it is about, so it is no word to find. Not an adverb before a subordinate
 * clause's "when" inside the question ("what was he studying back when he coached?").
 */
function hedgeWords(parsed: ParsedText): string[] {
  const [first, second] = parsed.tokens;
  return first?.pos === 'ADV' && INTERROGATIVES.has(second?.normal ?? '')
    ? [lemmatize(first.normal)]
    : [];
}

/** Parts of speech of a phrasal verb's particle ("called off", "stepped down"). */
const PARTICLES: ReadonlySet<string> = new Set(['ADP', 'PART', 'ADV']);

/**
 * The phrasal verb the verb at `at` makes with the particle right after it, when WordNet has
 * it ("call_off", "step_down", "turn_down"); null otherwise.
 */
function phrasalVerb(
  tokens: ParsedText['tokens'],
  at: number,
  senses: WordNet | undefined,
): string | null {
  const particle = tokens[at + 1];
  if (!senses || !particle || !PARTICLES.has(particle.pos)) return null;
  const phrase = `${lemmatize(tokens[at]!.normal)}_${particle.normal}`;
  return senses.verbSense(phrase) ? phrase : null;
}

/**
 * The words of `parsed` that make up an adverb of several words WordNet knows ("in the end",
 * "at the moment", "by the way"), as lemmas: they say how or when, not what is asked about.
 */
function adverbPhraseWords(parsed: ParsedText, senses: WordNet | undefined): string[] {
  if (!senses) return [];
  const words = parsed.tokens.map((token) => token.normal);
  return adverbPhrases(words, (phrase) => senses.isAdverb(phrase))
    .flat()
    .map(lemmatize);
}

/** The request words of `parsed` addressed to the speaker (or "in brief"), as lemmas. */
function requestsToSpeaker(parsed: ParsedText): string[] {
  return parsed.tokens.flatMap((token, index) => {
    const lemma = lemmatize(token.normal);
    const next = parsed.tokens[index + 1]?.normal;
    const before = parsed.tokens[index - 1]?.normal;
    return SPEAKER_REQUEST_LEMMAS.has(lemma) &&
      (next === 'me' || next === 'us' || (lemma === 'brief' && before === 'in'))
      ? [lemma]
      : [];
  });
}

/**
 * "VX-310", "HP-30", "2.1.3": a code written as one word of figures and letters (or of three
 * figures) joined by hyphens or dots is one name, though the tokenizer splits it; each piece weighs its share of
 * it (a code must not outweigh the rest of the question by counting twice). Pieces to their
 * code's piece count.
 */
function identifierShares(text: string): Map<string, number> {
  const shares = new Map<string, number>();
  for (const word of text.match(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)+/gu) ?? []) {
    // Letters and figures ("VX-310"), or a version's three parts ("2.1.3"); not a decimal
    // ("8.5"), a score ("1-1") or a season ("2023-24").
    const version = (word.match(/[-.]/gu) ?? []).length >= 2;
    if (!/\p{N}/u.test(word) || (!/\p{L}/u.test(word) && !version)) continue;
    const pieces = tokenize(word);
    for (const piece of pieces) shares.set(piece, Math.max(shares.get(piece) ?? 1, pieces.length));
  }
  return shares;
}

export function createQuestionAnalyzer({
  parser,
  lexicon,
  catalogue,
  specificity,
  carriedWeight = 0.6,
  senses,
}: QuestionAnalyzerOptions): QuestionAnalyzer {
  function termsOf(
    text: string,
    {
      primary,
      names,
      drop,
      verbs = new Map(),
      closing = new Set(),
    }: {
      primary: boolean;
      names: Set<string>;
      drop: Set<string>;
      verbs?: ReadonlyMap<string, string | null>;
      /** The verbs whose particle closes their clause ("pass away?"). */
      closing?: ReadonlySet<string>;
    },
  ): QuestionTerm[] {
    const seen = new Set<string>();
    const terms: QuestionTerm[] = [];
    const shares = identifierShares(text);
    for (const token of tokenize(text)) {
      if (isStopword(token)) continue;
      // A lone letter outside a name is an abbreviation ("Brackenridge v Castlemere") or a
      // label, not a topic to find.
      if (token.length === 1 && !/\p{N}/u.test(token) && !names.has(token)) continue;
      const lemma = lemmatize(token);
      if (seen.has(lemma) || drop.has(lemma)) continue;
      seen.add(lemma);
      const weight =
        (termWeight(lexicon, token) * specificity(lemma) * (primary ? 1 : carriedWeight)) /
        (shares.get(token) ?? 1);
      const name = names.has(token);
      const phrasal = verbs.get(token);
      terms.push({
        token,
        lemma,
        weight,
        primary,
        name,
        ...(verbs.has(token) ? { verb: true } : {}),
        ...(phrasal ? { phrasal } : {}),
        ...(phrasal && closing.has(token) ? { particleCloses: true } : {}),
      });
    }
    return terms;
  }

  const isCommon = (word: string) => (lexicon.rank(word) ?? Infinity) < COMMON_RANK;
  /** A noun WordNet files as a communication in some sense ("report", "survey", "minutes"). */
  const writing = (lemma: string) => namesWriting(lemma, senses);
  /** The article is dated in `year`, or its header (title, opening lines) states it. */
  const ofYear = (docId: string, year: number): boolean =>
    catalogue.byId.get(docId)?.date?.startsWith(String(year)) === true ||
    catalogue.headers.get(docId)?.has(String(year)) === true;
  /** A summary is of one article: the one the question names most closely, or whose header it names. */
  const summarized = (
    named: string[],
    question: string,
    tokens: readonly Token[],
    words: string[],
    years: readonly number[][],
  ): string[] => {
    // "Aurelian's press release on its 2019 results": of the articles named, those of the year
    // asked (dated in it, or stating it in their header), when any are.
    const ofYears = named.filter((docId) =>
      years.every((group) => group.some((year) => ofYear(docId, year))),
    );
    // None of them: an article named by its title's words but of another year is not the one
    // asked ("the 2023-24 title race" is not the 2022 report headlined "…title race").
    const documents = ofYears.length > 0 ? ofYears : years.length > 0 ? [] : named;
    // "Summarise Peter Hallam's blog post": the one article he wrote (signed off or credited
    // by name), of the year asked, not one written about him.
    const requested = tokens.some((token) => SUMMARY_WORDS.has(token.lemma));
    const writer = askedWriter(tokens, (index) => namesPiece(tokens, index, senses, requested));
    if (writer) {
      const writes = (credit: string | null | undefined) => {
        const words = new Set(tokenize(credit ?? ''));
        return writer.every((word) => words.has(word));
      };
      const written = [
        ...(catalogue.index.edgeCandidates(writer.join(' ')) ??
          catalogue.documents.map((document) => document.docId)),
      ].filter((docId) => {
        const document = catalogue.byId.get(docId);
        return (
          document !== undefined &&
          years.every((group) => group.some((year) => ofYear(docId, year))) &&
          (writes(document.source) || writes(closingSigner(document)))
        );
      });
      if (written.length === 1) return written;
    }
    // "Summarize Martin Greaves's column": the one article whose source (its byline or
    // publisher) the question names whole is the one meant, not one whose text mentions it.
    const asked = new Set(tokenize(question).map(lemmatize));
    const bySource = documents.filter((docId) => {
      const source = catalogue.byId.get(docId)?.source;
      const words = source ? tokenize(source).filter((word) => !isStopword(word)) : [];
      return words.length > 0 && words.every((word) => asked.has(lemmatize(word)));
    });
    if (bySource.length === 1) return bySource;
    const narrowed = narrowest(documents, question, catalogue);
    if (narrowed.length === 1) return narrowed;
    // "Summarize the expenses policy": the one title holding every word the question asks about.
    const titled = documents.length === 0 ? titleHolding(words, catalogue) : null;
    if (titled) return [titled];
    const best = bestByHeader(question, catalogue, narrowed.length > 1 ? narrowed : undefined);
    return best ? [best] : narrowed;
  };
  const analyzer: QuestionAnalyzer = {
    recase(messages, texts) {
      let changed = false;
      const recased = messages.map((message) => {
        if (message.role !== 'user') return message;
        const content = truecase(message.content, texts, isCommon);
        if (content === message.content) return message;
        changed = true;
        return { ...message, content };
      });
      return changed ? recased : messages;
    },
    analyze(messages) {
      const question = messages.at(-1)?.content ?? '';
      const history = messages.slice(0, -1);
      const parsed = subjectVerbTagged(parser.parse(question));
      const classification = classifyQuestion(parsed.tokens, lexicon, parsed.text, senses);
      const { documents, words: referenceWords } = findDocumentReferences(
        parsed,
        catalogue,
        classification.headToken,
        writing,
      );
      const stated = findConstraints(parsed);
      // "…from 2012 to 2019": a span of years, unless its ends are a comparison's sides, or
      // figures a "how" question sets against each other ("How much did the share change from
      // 2017 to 2019?").
      const own =
        classification.kind === 'comparison' || parsed.tokens[0]?.normal === 'how'
          ? stated
          : { ...stated, years: withYearSpans(parsed, stated.years) };
      // A common word capitalised only because it opens the question ("Total Tessellate
      // handhelds…") is no part of the name it stands before.
      const opening = parsed.tokens[0];
      const openingWord =
        opening && /^\p{Lu}/u.test(opening.text) && isCommon(opening.normal)
          ? opening.normal
          : null;
      // What is left must still read as a name, holding a word uncommon in English ("Harbour
      // Ferries" keeps its "Harbour": "Ferries" alone is no name).
      const strips = (words: string[]) =>
        words.length > 1 &&
        words[0] === openingWord &&
        words.slice(1).some((word) => !isCommon(word));
      own.names = own.names.map((words, index) =>
        index === 0 && strips(words) ? words.slice(1) : words,
      );
      own.names = own.names.filter(
        (words, index) =>
          !words.every((word) => referenceWords.has(lemmatize(word))) &&
          !words.every(
            (word) =>
              REQUEST_LEMMAS.has(lemmatize(word)) || SPEAKER_REQUEST_LEMMAS.has(lemmatize(word)),
          ) &&
          // A capitalised opening word that is common English ("Recap", "Name") is no name.
          !(
            index === 0 &&
            words.length === 1 &&
            startsQuestion(parsed, words[0]!) &&
            isCommon(words[0]!)
          ) &&
          // An acronym of a common title ("CEO", "CFO") is a word to find, not a name.
          !(words.length === 1 && isAcronym(parsed, words[0]!) && isCommon(words[0]!)),
      );
      // Dates and years are constraints, not words to find; a named day is a word to find
      // ("Is the castle open on Christmas Day?", "…on Sunday?": no constraint reads it), unless
      // a year follows it ("at Christmas 2018"): then it dates as the year does, as "May 2018".
      const yearAfter = (entity: { last: number }) =>
        YEAR.test(parsed.tokens[entity.last + 1]?.text ?? '');
      const dated = new Set(
        parsed.entities
          .filter((entity) => entity.type === 'date' || entity.type === 'year')
          .flatMap((entity) =>
            parsed.tokens
              .slice(entity.first, entity.last + 1)
              .filter((token) => !namesDay(token) || yearAfter(entity))
              .flatMap((token) => tokenize(token.text)),
          ),
      );
      const nameTokens = new Set(
        parsed.entities
          .filter((entity) => entity.type === 'name')
          .flatMap((entity) =>
            nameWords(entity.text).filter(
              (word, index, words) => !(entity.first === 0 && index === 0 && strips(words)),
            ),
          ),
      );
      // "How old", "how long", "how big": the adjective asks for a kind of figure, not a topic.
      const howIndex = parsed.tokens.findIndex((token) => token.normal === 'how');
      const howWord = howIndex >= 0 ? parsed.tokens[howIndex + 1] : undefined;
      const asking =
        howWord && (howWord.pos === 'ADJ' || howWord.pos === 'ADV')
          ? [lemmatize(howWord.normal)]
          : [];
      // "The main points": a request; "how many points": a topic.
      const requestPoints = parsed.tokens.some(
        (token, index) =>
          token.normal === 'points' &&
          ['main', 'key'].includes(parsed.tokens[index - 1]?.normal ?? ''),
      )
        ? ['point']
        : [];
      // "What led to the penalty?": the verb of causing frames the question, as "why" would.
      const framing =
        classification.kind === 'why-how' && parsed.tokens[0]?.normal === 'what'
          ? parsed.tokens
              .slice(1, 2)
              .filter((token) => CAUSING_VERBS.has(token.lemma))
              .map((token) => lemmatize(token.normal))
          : [];
      // "On what date…", "in which year…", "what percentage…": the noun after the wh-word only
      // asks for a kind of answer.
      const whType = parsed.tokens.flatMap((token, index) => {
        const before = parsed.tokens[index - 1];
        const lemma = lemmatize(token.normal);
        return token.pos === 'NOUN' &&
          (before?.normal === 'what' || before?.normal === 'which') &&
          (TYPE_WORD_LEMMAS.has(lemma) || TIME_WORD_LEMMAS.has(lemma))
          ? [lemma]
          : [];
      });
      // "How did passenger numbers compare…?", "the visitor total": a figure's type word heading
      // a compound names the figure asked of the noun before it, which a figure states.
      const compoundType = parsed.tokens.flatMap((token, index) => {
        const lemma = lemmatize(token.normal);
        return token.pos === 'NOUN' &&
          parsed.tokens[index - 1]?.pos === 'NOUN' &&
          TYPE_WORD_LEMMAS.has(lemma)
          ? [lemma]
          : [];
      });
      // "What is the length of the border?", "the height of the tower": a head noun that
      // names the measure asked for says how to answer ("909km"), not what to find.
      const measure =
        classification.headToken !== null &&
        MEASURE_TYPES.has(classification.answerType) &&
        TYPE_NOUNS.some(
          ([type, nouns]) =>
            type === classification.answerType &&
            nouns.includes(lemmatize(parsed.tokens[classification.headToken!]!.normal)),
        )
          ? [lemmatize(parsed.tokens[classification.headToken]!.normal)]
          : [];
      // A comparison's comparative ("bigger") says how to compare, not what to search for.
      const comparing =
        classification.kind === 'comparison'
          ? parsed.tokens
              .filter((token) => isComparative(token.normal))
              .map((token) => lemmatize(token.normal))
          : [];
      // "Give me a short profile of…": the piece of writing asked for frames the request.
      const requested = (classification.requested ?? []).map((at) =>
        lemmatize(parsed.tokens[at]!.normal),
      );
      // "The waiting list", "the price list": "list" after a noun or a gerund heads a compound
      // naming a thing, which is searched for; "List the…", "a list of…" ask for a list.
      const compoundList = parsed.tokens.some(
        (token, index) =>
          LIST_WORDS.has(token.normal) &&
          token.pos === 'NOUN' &&
          (parsed.tokens[index - 1]?.pos === 'NOUN' ||
            (parsed.tokens[index - 1]?.pos === 'VERB' &&
              parsed.tokens[index - 1]!.normal.endsWith('ing'))),
      );
      const framingWords = [
        ...[...REQUEST_LEMMAS].filter((lemma) => !(compoundList && LIST_WORDS.has(lemma))),
        ...requested,
        ...requestsToSpeaker(parsed),
        ...comparing,
        ...framing,
        ...whType,
        ...compoundType,
        ...measure,
        ...requestPoints,
        ...dated,
        ...asking,
      ];
      const drop = new Set([
        ...framingWords,
        ...referenceWords,
        ...functionWords(parsed),
        ...hedgeWords(parsed),
        ...adverbPhraseWords(parsed, senses),
        ...contrastWords(parsed),
        // "Who performed the launch ceremony?": a light verb's noun names the event.
        ...lightVerbsCarrying(parsed.tokens),
        // "the late eighties" is a time, read as its years: no word to search for; so is "the
        // following year" of a follow-up, and a quarter's months.
        ...decadeWords(question).map(lemmatize),
        // "the July–September quarter" is the third quarter, read as one.
        ...quarterMonthWords(question).map(lemmatize),
        // "2023/24", "2019-20": a year written as a range of two is a constraint, as one is.
        ...[...question.matchAll(WRITTEN_YEAR_RANGE)].flatMap((match) => tokenize(match[0])),
        // "Q2", "3Q": a quarter is a constraint of its own kind, as a year is, no word to search;
        // so is a fiscal year ("FY2024").
        ...tokenize(question).filter(
          (word) => /^(?:q[1-4]|[1-4]q)$/u.test(word) || isFiscalYearWord(word),
        ),
        ...(history.length > 0 ? relativeYearWords(parsed).map(lemmatize) : []),
        ...(history.length > 0 ? relativeQuarterWords(parsed).map(lemmatize) : []),
      ]);
      const previousTurn = history.findLastIndex((message) => message.role === 'user');
      // The previous turn as it was resolved, analysed once when the conversation asks for it.
      let previousAnalyzed: QuestionAnalysis | undefined;
      const previousAnalysis = () =>
        (previousAnalyzed ??= analyzer.analyze(history.slice(0, previousTurn + 1)));
      const conversation = resolveConversation({
        parser,
        parsed,
        history,
        classification,
        lexicon,
        senses,
        previousResolved: () => previousAnalysis().constraints,
        previousSearch: () => previousAnalysis().searchQuery,
        previousReferent: () => previousAnalysis().referent ?? null,
      });
      // "What is in the box?" where a heading reads "What is in the box": words that name an
      // article are still what is asked about when the question has no others.
      // The words the question uses as verbs, as its parser tags them.
      // Not a light verb ("doing"): the stopwords' verbs mean little on their own.
      const verbs = new Map(
        parsed.tokens.flatMap((token, at) =>
          token.pos === 'VERB' && !isStopword(lemmatize(token.normal))
            ? [[token.normal, phrasalVerb(parsed.tokens, at, senses)] as const]
            : [],
        ),
      );
      // "When did he pass away?": a particle with nothing after it in its clause.
      const closing = new Set(
        parsed.tokens.flatMap((token, at) => {
          const after = parsed.tokens[at + 2];
          return verbs.get(token.normal) && (after === undefined || after.pos === 'PUNCT')
            ? [token.normal]
            : [];
        }),
      );
      const searched = termsOf(question, {
        primary: true,
        names: nameTokens,
        drop,
        verbs,
        closing,
      });
      const primary =
        searched.length === 0 && referenceWords.size > 0 && classification.kind !== 'summary'
          ? termsOf(question, {
              primary: true,
              names: nameTokens,
              drop: new Set(framingWords),
              verbs,
            })
          : searched;
      // A figure of an earlier turn ("in 2019", its answer "52%") is no topic word of this one:
      // its years are constraints, moved or replaced ("And in 2023?"), and its answer is what
      // the follow-up asks again of another time or thing.
      const carried = termsOf(conversation.context, {
        primary: false,
        names: conversation.names,
        drop,
      }).filter(
        (term) => !primary.some((mine) => mine.lemma === term.lemma) && !/\d/u.test(term.token),
      );
      // "Who replaced her?" after "Who was the medical director in 2019?": the one after took
      // the post later, so the previous question's time is not this one's.
      const successionAsked = parsed.tokens.some((_, at) => succeedsAt(parsed.tokens, at));
      // "And the quarter before that?": the previous question's quarter (and year), moved.
      const movedQuarter =
        own.years.length === 0 && own.quarters.length === 0
          ? shiftQuarter(
              conversation.constraints.years,
              conversation.constraints.quarters,
              relativeQuarterShift(parsed),
            )
          : null;
      const constraints: Constraints = {
        // "And a year later?": the previous question's years, moved.
        // "And before the fire?": dated by an event of its own, not by the previous years.
        years:
          own.years.length > 0
            ? own.years
            : datesByEvent(parsed) || successionAsked
              ? []
              : (movedQuarter?.years ??
                shiftYears(conversation.constraints.years, relativeYearShift(parsed))),
        quarters:
          own.quarters.length > 0
            ? own.quarters
            : successionAsked
              ? []
              : (movedQuarter?.quarters ?? conversation.constraints.quarters),
        names: [
          ...own.names,
          ...conversation.constraints.names.filter(
            (name) => !own.names.some((mine) => mine.join(' ') === name.join(' ')),
          ),
        ],
        numbers: own.numbers,
      };
      // The question's own term for the token at `index` (its focus or head noun).
      const termAt = (index: number | null) =>
        index === null
          ? null
          : (primary.find((term) => term.lemma === lemmatize(parsed.tokens[index]!.normal)) ??
            null);
      const focus = termAt(classification.focusToken);
      // An attribute asked as a figure ("the retail price", "revenue", "the margin") must be
      // stated with it; a type word alone ("amount", "number", "date") need not.
      const headTerm = termAt(classification.headToken);
      const figureHead =
        headTerm &&
        FIGURE_TYPES.has(classification.answerType) &&
        !TYPE_WORD_LEMMAS.has(headTerm.lemma) &&
        classification.measured !== true
          ? headTerm
          : null;
      // Very common nouns ("people", "things") say little; only a specific one must be stated.
      const chosenFocus = focus ?? figureHead;
      // Common in English, not in this corpus: "revenue" is asked of an earnings archive too.
      const specificFocus =
        chosenFocus && termWeight(lexicon, chosenFocus.token) >= MIN_FOCUS_WEIGHT
          ? chosenFocus
          : null;
      // "How many points": the counted noun must be stated with the figure, however common it
      // is; but "people" and "persons" count any people (soldiers, fans, staff), which only the
      // sentence's sense can tell, so they need no counted noun.
      // "And after five years?" after "How many days of leave…?": the noun counted before.
      const carriedCount =
        conversation.counted === null
          ? null
          : (carried.find((term) => term.lemma === conversation.counted) ?? null);
      const countedFocus =
        classification.counted === true && focus !== null && !GENERIC_COUNT_LEMMAS.has(focus.lemma)
          ? focus
          : classification.counted === true
            ? specificFocus
            : carriedCount;
      const kind = conversation.kind ?? classification.kind;
      const sides =
        kind === 'comparison' || classification.kind === 'factoid' ? findSides(own) : [];
      return {
        question,
        parsed,
        kind:
          kind === 'factoid' &&
          sides.length >= 2 &&
          conversation.kind === null &&
          /\b(or|vs|versus)\b/iu.test(question)
            ? 'comparison'
            : kind,
        answerType: conversation.answerType ?? classification.answerType,
        ...(conversation.answerType === null && classification.preferred
          ? { typePreferred: true }
          : {}),
        terms: [...primary, ...carried],
        focus: countedFocus ?? specificFocus,
        counted: countedFocus !== null,
        ...(classification.extentOnly && conversation.answerType === null
          ? { extentOnly: true }
          : {}),
        countsPeople:
          countedFocus !== null && namesPeople(countedFocus.lemma, countedFocus.token, senses),
        head:
          classification.headToken === null
            ? null
            : lemmatize(parsed.tokens[classification.headToken]!.normal),
        constraints,
        // A summary is of one article: the one the question names most closely.
        documents:
          kind === 'summary'
            ? summarized(
                documents,
                question,
                parsed.tokens,
                primary.map((term) => term.lemma),
                constraints.years,
              )
            : documents,
        negated: classification.negated,
        oneArticle: asksOneArticle(parsed.tokens, senses),
        sides: kind === 'comparison' || /\b(or|vs|versus)\b/iu.test(question) ? sides : [],
        previousAnswer: history.findLast((message) => message.role === 'assistant')?.content ?? '',
        searchQuery: [question, conversation.context].filter(Boolean).join(' '),
        ...(conversation.referent ? { referent: conversation.referent } : {}),
      };
    },
  };
  return analyzer;
}
