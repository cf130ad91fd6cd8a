/**
 * What the evidence stage hands to composition: candidate sentences with
 * their coverage of the question, whether they meet its constraints, and the
 * entities of the expected type they hold.
 */
import type { Chunk, SourceDocument, Span } from '../../ingest/document-types.js';
import type { Entity, ParsedText } from '../analyze/parse-text.js';
import type { QuestionAnalysis, QuestionTerm } from '../analyze/question-types.js';

export interface EvidenceSentence {
  document: SourceDocument;
  /** A chunk holding the sentence (for the citation's chunk id). */
  chunk: Chunk;
  span: Span;
  /** Position among the document's sentences. */
  position: number;
  text: string;
  parsed: ParsedText;
  /** Weighted share of the question's terms found in the sentence or, at half credit, its neighbours. */
  coverage: number;
  /** The same, in the sentence alone. */
  ownCoverage: number;
  /**
   * Weighted share of the question's event words (its terms that are neither names nor
   * years) the sentence itself states: what a why/how answer must be about.
   */
  eventCoverage: number;
  /** Weighted share of the question's main verbs ("appeal", "win") the sentence itself states; 1 when it has none. */
  verbCoverage: number;
  /**
   * The user's own words the sentence does not state (names may stand in the sentence
   * before): what a "Yes" would assert without a source.
   */
  unstated: string[];
  /** The constraint it fails, as words for the user; null when it meets them all. */
  unmet: string | null;
  /** Entities of the expected answer type that the question does not already name. */
  answers: Entity[];
  /** How well each of `answers` fits the kind of answer asked for (0–1, see answer-fit.ts). */
  fits: number[];
  /** The same in the neighbouring sentences. */
  neighbourAnswers: boolean;
  /**
   * The asked verb's doer is a personal pronoun ("She became head chef…, replacing Gareth
   * Lowe"): the answer is its antecedent, a name of the sentence before.
   */
  antecedentAsked?: boolean;
  /**
   * For a sentence in the first person outside quotation, the position of the signature after
   * it in its article ("Geoffrey Hartley, Chairman"): who its "I" is.
   */
  signedAt?: number;
  /** Rank of its passage in retrieval (0 best). */
  rank: number;
  score: number;
}

export interface Evidence {
  analysis: QuestionAnalysis;
  /** Candidate sentences, best first. */
  sentences: EvidenceSentence[];
  /** Sentences that meet every requirement of the question, best first. */
  eligible: EvidenceSentence[];
  supported: boolean;
  /** Why the documents do not answer, as a sentence for the user. */
  reason?: string;
  /**
   * The succession a "who" question asks ("Who replaced Rob Szczepański?"), when the articles
   * state it (`succession-search.ts`): itself support for an answer.
   */
  succession?: FoundSuccession;
  /**
   * The sentences of a document, in order (for summaries and neighbours): every one, or those
   * at positions `from` to `to` (exclusive) only, so a neighbour costs no whole article.
   */
  sentencesOf: (docId: string, range?: { from: number; to: number }) => EvidenceSentence[];
  /**
   * How well a question term is stated in a text (term-matcher.ts): 1 the same lemma, less a
   * derivation or a close synonym, 0 none.
   */
  credit: (term: QuestionTerm, text: string) => number;
  /** True when a text states a term by its word, a derivation or WordNet, not only by vectors. */
  states: (term: QuestionTerm, text: string) => boolean;
  /** The words an article writes in lower case (its common nouns among them), read once an article. */
  lowercaseWords: (document: SourceDocument) => ReadonlySet<string>;
  /** An article's words, title and text, read once an article. */
  articleWords: (document: SourceDocument) => ReadonlySet<string>;
  /** The constraint a sentence fails among `constraints` (null when it meets them all). */
  check: (
    sentence: EvidenceSentence,
    constraints: QuestionAnalysis['constraints'],
  ) => string | null;
}

/** The name a succession asked gives the other of, with the sentences stating it. */
export interface FoundSuccession {
  name: string;
  /** The sentence naming `name`, which its lead cites. */
  sentence: EvidenceSentence;
  /** Every sentence it rests on, in reading order. */
  cited: EvidenceSentence[];
}
