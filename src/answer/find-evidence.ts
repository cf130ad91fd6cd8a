/**
 * Finds the sentences in retrieved passages that answer a question, and
 * decides whether the documents cover the question at all.
 *
 * Coverage is the weighted share of the question's terms a sentence holds,
 * by lemma or by a close word vector ("frontier" ≈ "border"), with half
 * credit from its neighbours. The documents cover a question when some
 * sentence covers enough of it *and* holds the kind of answer asked for (a
 * count for "how many", a year for "what year"), and no rare word of the
 * question is absent from the whole corpus.
 */
import type { Chunk, RetrievedPassage, Span } from '../ingest/document-types.js';
import type { WordVectors } from '../embed/word-vectors.js';
import { contentTokens, tokenize } from '../text/tokenize.js';
import { createTermMatcher } from './term-matcher.js';
import { detectMetadataAsk } from './detect-metadata-ask.js';
import { findMetadataEvidence } from './find-metadata-evidence.js';
import { METADATA_CUES } from '../ingest/chunk-documents.js';
import { analyzeQuestion, type QuestionTerm } from './analyze-question.js';
import type { DocumentLookup } from './answerer.js';
import type { CorpusVocabulary } from './corpus-vocabulary.js';
import { fitsAnswerType, isStrictType } from './fit-answer-type.js';

export interface EvidenceSentence {
  passage: RetrievedPassage;
  passageRank: number;
  span: Span;
  text: string;
  coverage: number;
  /** Holds a new item of the kind of answer asked for. */
  fits: boolean;
  score: number;
}

export interface Evidence {
  /** Candidate sentences, best first. */
  sentences: EvidenceSentence[];
  supported: boolean;
  /** Why the question is not covered, as a sentence for the user. */
  reason?: string;
}

export interface EvidenceFinderOptions {
  lexicon: WordVectors;
  vocabulary: CorpusVocabulary;
  lookup: DocumentLookup;
  /** All chunks, for each document's metadata chunk (publisher, date, author lines). */
  chunks: Chunk[];
  minCoverage?: number;
  synonymSimilarity?: number;
  /** How close a corpus word must be to stand in for the question's focus word. */
  focusSimilarity?: number;
  /** Weight, relative to the user's own words, of the words carried over from earlier turns. */
  followUpShare?: number;
  /** For number/date questions, the fitting sentence must reach this share of the best coverage. */
  strictShare?: number;
}

export interface FindOptions {
  /** The user's question as typed. */
  question: string;
  /** The question resolved against the conversation (adds secondary terms). */
  resolved?: string;
  /** The assistant's previous answer, when the question is a follow-up. */
  previousAnswer?: string;
  passages: RetrievedPassage[];
}

export interface EvidenceFinder {
  find(options: FindOptions): Evidence;
  readonly minCoverage: number;
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

export function createEvidenceFinder({
  lexicon,
  vocabulary,
  lookup,
  chunks,
  minCoverage = 0.5,
  synonymSimilarity = 0.65,
  focusSimilarity = 0.75,
  followUpShare = 0.3,
  strictShare = 0.7,
}: EvidenceFinderOptions): EvidenceFinder {
  const matcher = createTermMatcher({ lexicon, synonymSimilarity });
  const { bagOf, match } = matcher;
  const metadataChunks = new Map(chunks.filter((chunk) => chunk.kind === 'metadata').map((chunk) => [chunk.docId, chunk]));

  function find({ question, resolved = question, previousAnswer = '', passages }: FindOptions): Evidence {
    const analysed = analyzeQuestion(question, lexicon, resolved === question ? '' : resolved);
    // Words found in nearly every passage ("Pakistan", "border" here) are weak evidence.
    const analysis = {
      ...analysed,
      terms: analysed.terms.map((term) => ({ ...term, weight: term.weight * vocabulary.specificity(term.lemma) })),
    };
    const primary = analysis.terms.filter((term) => term.primary);
    const secondary = analysis.terms.filter((term) => !term.primary);
    const asked = primary.length > 0 ? primary : secondary;
    if (asked.length === 0) return { sentences: [], supported: false, reason: 'The question has no words to search for.' };

    const missing = analysis.focus.filter((term) => !vocabulary.mentions(term.token, { name: term.name, similarity: focusSimilarity }));
    if (missing.length > 0) {
      const words = missing.map((term) => `"${term.token}"`).join(' or ');
      return { sentences: [], supported: false, reason: `The articles say nothing about ${words}.` };
    }

    const ask = detectMetadataAsk(question);
    if (ask) {
      return findMetadataEvidence({
        ask,
        terms: analysis.terms,
        passages,
        lookup,
        metadataChunk: (docId) => metadataChunks.get(docId),
        matcher,
        minCoverage,
      });
    }

    const questionWords = new Set(tokenize(resolved));
    const askedWeight = asked.reduce((sum, term) => sum + term.weight, 0);
    const secondaryWeight = secondary.reduce((sum, term) => sum + term.weight, 0);
    const sentences: EvidenceSentence[] = [];
    const seen = new Set<string>();
    passages.forEach((passage, passageRank) => {
      const document = lookup(passage.chunk.docId);
      if (!document) return;
      const { chunk } = passage;
      const metadata = chunk.kind === 'metadata';
      const bags = chunk.sentences.map((span) => bagOf(document.fileText.slice(span.start, span.end)));
      const matches = bags.map((bag) => new Map(analysis.terms.map((term) => [term.lemma, match(term, bag)])));
      // Metadata lines are about the whole article: its title and lede are their neighbours.
      const cardMatches = metadata ? new Map(analysis.terms.map((term) => [term.lemma, match(term, bagOf(chunk.searchText ?? chunk.title))])) : undefined;
      const cueMatches = metadata ? new Map(analysis.terms.map((term) => [term.lemma, match(term, bagOf(METADATA_CUES))])) : undefined;
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
        const context = secondary.length > 0 && asked === primary ? weightedShare(secondary, credit) : 0;
        // A follow-up's own words are few; what it refers to counts too, at a lower weight.
        const coverage =
          context > 0 ? (askedWeight * own + followUpShare * secondaryWeight * context) / (askedWeight + followUpShare * secondaryWeight) : own;
        const fits = fitsAnswerType({ type: analysis.answerType, text, questionWords, lexicon });
        const penalty = fits ? 1 : isStrictType(analysis.answerType) ? 0.75 : 0.9;
        // A follow-up wants something new, not the sentence the last answer already gave.
        const repeat = repeats(text, previousAnswer) ? 0.8 : 1;
        const score = (coverage + 0.1 * (1 - passageRank / passages.length)) * penalty * repeat;
        sentences.push({ passage, passageRank, span, text, coverage, fits, score });
      });
    });
    sentences.sort((a, b) => b.score - a.score);

    const bestCoverage = Math.max(0, ...sentences.map((sentence) => sentence.coverage));
    if (bestCoverage < minCoverage) return { sentences, supported: false, reason: 'No passage in the articles answers it.' };
    if (isStrictType(analysis.answerType)) {
      // The asked-for number or date must sit in a sentence about the question, not in any sentence at all.
      const floor = Math.max(minCoverage, strictShare * bestCoverage);
      const fitting = sentences.filter((sentence) => sentence.fits && sentence.coverage >= floor);
      if (fitting.length === 0) {
        return { sentences, supported: false, reason: `The articles discuss this but do not state the ${describe(analysis.answerType)} asked for.` };
      }
      return { sentences: [...fitting, ...sentences.filter((sentence) => !fitting.includes(sentence))], supported: true };
    }
    return { sentences, supported: true };
  }

  return { find, minCoverage };
}

function describe(type: string): string {
  return { number: 'number', length: 'length or duration', year: 'year', date: 'date' }[type] ?? 'answer';
}
