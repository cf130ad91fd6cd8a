/**
 * Scores every sentence of the retrieved passages against a question.
 *
 * Coverage is the weighted share of the question's terms a sentence holds
 * (see term-matcher.ts), with half credit for terms in a neighbouring
 * sentence, which often names the subject. A follow-up's carried-over words
 * count at `followUpShare` of the user's own. The score adds a small
 * retrieval-rank prior and penalises sentences lacking the kind of answer
 * asked for, or repeating what the previous answer already said.
 */
import { METADATA_CUES } from '../ingest/chunk-documents.js';
import type { RetrievedPassage } from '../ingest/document-types.js';
import type { WordVectors } from '../embed/word-vectors.js';
import { contentTokens, tokenize } from '../text/tokenize.js';
import type { QuestionAnalysis, QuestionTerm } from './analyze-question.js';
import type { DocumentLookup } from './answerer.js';
import type { EvidenceSentence } from './find-evidence.js';
import { fitsAnswerType, isStrictType } from './fit-answer-type.js';
import type { TermMatcher } from './term-matcher.js';

export interface ScoreSentencesOptions {
  analysis: QuestionAnalysis;
  passages: RetrievedPassage[];
  lookup: DocumentLookup;
  lexicon: WordVectors;
  matcher: TermMatcher;
  /** The question resolved against the conversation. */
  resolved: string;
  previousAnswer: string;
  followUpShare: number;
}

/** True when most of a sentence's words were already in the previous answer. */
function repeats(text: string, previousAnswer: string): boolean {
  if (!previousAnswer) return false;
  const before = new Set(contentTokens(previousAnswer));
  const words = contentTokens(text);
  return words.length > 0 && words.filter((word) => before.has(word)).length / words.length >= 0.4;
}

function weightedShare(terms: QuestionTerm[], credit: (term: QuestionTerm) => number): number {
  const total = terms.reduce((sum, term) => sum + term.weight, 0);
  return total === 0 ? 0 : terms.reduce((sum, term) => sum + term.weight * credit(term), 0) / total;
}

/** Every distinct sentence of `passages`, scored, best first. */
export function scoreSentences({
  analysis,
  passages,
  lookup,
  lexicon,
  matcher: { bagOf, match },
  resolved,
  previousAnswer,
  followUpShare,
}: ScoreSentencesOptions): EvidenceSentence[] {
  const primary = analysis.terms.filter((term) => term.primary);
  const secondary = analysis.terms.filter((term) => !term.primary);
  const asked = primary.length > 0 ? primary : secondary;
  const askedWeight = asked.reduce((sum, term) => sum + term.weight, 0);
  // What a follow-up refers to helps pick among sentences, but must not outweigh what it asks.
  const contextWeight = Math.min(
    followUpShare * secondary.reduce((sum, term) => sum + term.weight, 0),
    Math.max(askedWeight, 1),
  );
  const questionWords = new Set(tokenize(resolved));
  // One bag per text, shared by every term: building it (tokenize, lemmatize, vectors) is the costly part.
  const matchAll = (text: string) => {
    const bag = bagOf(text);
    return new Map(analysis.terms.map((term) => [term.lemma, match(term, bag)]));
  };

  const sentences: EvidenceSentence[] = [];
  const seen = new Set<string>();
  passages.forEach((passage, passageRank) => {
    const document = lookup(passage.chunk.docId);
    if (!document) return;
    const { chunk } = passage;
    const matches = chunk.sentences.map((span) =>
      matchAll(document.fileText.slice(span.start, span.end)),
    );
    // Metadata lines are about the whole article: its title and lede are their neighbours.
    const metadata = chunk.kind === 'metadata';
    const cardMatches = metadata ? matchAll(chunk.searchText ?? chunk.title) : undefined;
    const cueMatches = metadata ? matchAll(METADATA_CUES) : undefined;
    chunk.sentences.forEach((span, position) => {
      const key = `${chunk.docId}:${span.start}`;
      if (seen.has(key)) return;
      seen.add(key);
      const text = document.fileText.slice(span.start, span.end);
      const credit = (term: QuestionTerm) =>
        Math.max(
          matches[position]?.get(term.lemma) ?? 0,
          0.5 * (matches[position - 1]?.get(term.lemma) ?? 0),
          0.5 * (matches[position + 1]?.get(term.lemma) ?? 0),
          0.5 * (cardMatches?.get(term.lemma) ?? 0),
          cueMatches?.get(term.lemma) ?? 0,
        );
      const own = weightedShare(asked, credit);
      const context =
        secondary.length > 0 && asked === primary ? weightedShare(secondary, credit) : 0;
      const coverage =
        context > 0
          ? (askedWeight * own + contextWeight * context) / (askedWeight + contextWeight)
          : own;
      const fits = fitsAnswerType({ type: analysis.answerType, text, questionWords, lexicon });
      const penalty = fits ? 1 : isStrictType(analysis.answerType) ? 0.75 : 0.9;
      const repeat = repeats(text, previousAnswer) ? 0.8 : 1;
      // "What rank…": a sentence that names a rank ("Colonel-rank") is likelier the answer.
      const named = analysis.asksFor && matches[position]?.get(analysis.asksFor) === 1 ? 1.1 : 1;
      const score =
        (coverage + 0.1 * (1 - passageRank / passages.length)) * penalty * repeat * named;
      sentences.push({ passage, passageRank, span, text, coverage, fits, score });
    });
  });
  return sentences.sort((a, b) => b.score - a.score);
}
