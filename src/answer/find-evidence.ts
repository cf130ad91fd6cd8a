/**
 * Finds the sentences in retrieved passages that answer a question, and
 * decides whether the documents cover the question at all. Coverage is the
 * weighted share of the question's terms a sentence contains, by lemma or by a
 * close word vector ("frontier" ≈ "border"); a question whose rare, specific
 * terms appear nowhere is not covered, however many common words match.
 */
import type { RetrievedPassage, Span } from '../ingest/document-types.js';
import { dot } from '../embed/term-weights.js';
import type { WordVectors } from '../embed/word-vectors.js';
import { lemmatize, tokenize } from '../text/tokenize.js';
import type { AnswerType, QuestionAnalysis, QuestionTerm } from './analyze-question.js';
import type { DocumentLookup } from './answerer.js';

export interface EvidenceSentence {
  passage: RetrievedPassage;
  passageRank: number;
  span: Span;
  text: string;
  /** Weighted share of the user's terms found in the sentence (or, at half credit, in a neighbouring sentence). */
  coverage: number;
  score: number;
}

export interface Evidence {
  /** Candidate sentences, best first. */
  sentences: EvidenceSentence[];
  supported: boolean;
  /** Why the question is not covered, when it is not. */
  reason?: string;
}

export interface FindEvidenceOptions {
  analysis: QuestionAnalysis;
  passages: RetrievedPassage[];
  lexicon: WordVectors;
  lookup: DocumentLookup;
  minCoverage?: number;
  synonymSimilarity?: number;
  /** Terms at least this rare must be found somewhere in the passages. */
  rareWeight?: number;
  /** Weight of the terms carried over from earlier turns. */
  contextWeight?: number;
}

interface Bag {
  lemmas: Set<string>;
  vectors: Float32Array[];
}

function bagOf(text: string, lexicon: WordVectors): Bag {
  const tokens = tokenize(text);
  return {
    lemmas: new Set(tokens.map(lemmatize)),
    vectors: tokens.flatMap((token) => lexicon.vector(token) ?? []),
  };
}

function match(term: QuestionTerm, bag: Bag, lexicon: WordVectors, threshold: number): number {
  if (bag.lemmas.has(term.lemma)) return 1;
  const vector = term.name ? undefined : lexicon.vector(term.token);
  if (!vector) return 0;
  let best = 0;
  for (const other of bag.vectors) best = Math.max(best, dot(vector, other));
  return best >= threshold ? Math.min(best, 0.9) : 0;
}

const NUMBER = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion)\b/iu;
const DATE = /\b(1[89]\d\d|20\d\d|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last (week|month|year)|yesterday)\b/iu;
const NAME = /(?<!^|[.!?]\s)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+/u;

/** Score factor for a sentence that lacks the kind of answer asked for. */
function typeFit(type: AnswerType, text: string): number {
  if (type === 'number') return NUMBER.test(text) ? 1 : 0.75;
  if (type === 'date') return DATE.test(text) ? 1 : 0.75;
  if (type === 'person' || type === 'place') return NAME.test(text) ? 1 : 0.9;
  return 1;
}

function weightedShare(terms: QuestionTerm[], credit: (term: QuestionTerm) => number): number {
  const total = terms.reduce((sum, term) => sum + term.weight, 0);
  return total === 0 ? 0 : terms.reduce((sum, term) => sum + term.weight * credit(term), 0) / total;
}

/** Scores every sentence of `passages` against the question. */
export function findEvidence({
  analysis,
  passages,
  lexicon,
  lookup,
  minCoverage = 0.6,
  synonymSimilarity = 0.6,
  rareWeight = 0.8,
  contextWeight = 0.8,
}: FindEvidenceOptions): Evidence {
  const primary = analysis.terms.filter((term) => term.primary);
  const secondary = analysis.terms.filter((term) => !term.primary);
  const asked = primary.length > 0 ? primary : secondary;
  if (asked.length === 0) return { sentences: [], supported: false, reason: 'The question has no words to search for.' };

  const sentences: EvidenceSentence[] = [];
  const seen = new Set<string>();
  const found = new Map<string, number>();
  passages.forEach((passage, passageRank) => {
    const document = lookup(passage.chunk.docId);
    if (!document) return;
    const spans = passage.chunk.sentences;
    const bags = spans.map((span) => bagOf(document.fileText.slice(span.start, span.end), lexicon));
    const matches = bags.map((bag) => new Map(analysis.terms.map((term) => [term.lemma, match(term, bag, lexicon, synonymSimilarity)])));
    for (const sentenceMatches of matches) {
      for (const [lemma, value] of sentenceMatches) found.set(lemma, Math.max(found.get(lemma) ?? 0, value));
    }
    spans.forEach((span, position) => {
      const key = `${passage.chunk.docId}:${span.start}`;
      if (seen.has(key)) return;
      seen.add(key);
      const text = document.fileText.slice(span.start, span.end);
      // A neighbouring sentence often names the subject ("The group was set up…"): half credit.
      const credit = (term: QuestionTerm) =>
        Math.max(
          matches[position]?.get(term.lemma) ?? 0,
          0.5 * (matches[position - 1]?.get(term.lemma) ?? 0),
          0.5 * (matches[position + 1]?.get(term.lemma) ?? 0),
        );
      const coverage = weightedShare(asked, credit);
      const context = secondary.length > 0 && asked === primary ? weightedShare(secondary, credit) : 0;
      const score =
        (coverage + contextWeight * context + 0.1 * (1 - passageRank / passages.length)) *
        typeFit(analysis.answerType, text);
      sentences.push({ passage, passageRank, span, text, coverage, score });
    });
  });
  sentences.sort((a, b) => b.score - a.score);

  const missing = asked.filter((term) => term.weight >= rareWeight && (found.get(term.lemma) ?? 0) === 0);
  if (missing.length > 0) {
    const words = missing.map((term) => `"${term.token}"`).join(' or ');
    return { sentences, supported: false, reason: `The articles say nothing about ${words}.` };
  }
  const best = sentences[0];
  if (!best || best.coverage < minCoverage) {
    return { sentences, supported: false, reason: 'No passage in the articles answers it.' };
  }
  return { sentences, supported: true };
}
