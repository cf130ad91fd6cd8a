/**
 * Decides whether the documents answer a question, and with which sentences.
 *
 * They do when the thing asked about is mentioned in the corpus at all
 * ("the population of Zahedan" is not), some sentence covers enough of the
 * question (score-sentences.ts), and, for a count, length, year or date,
 * a sentence about the question holds one. Questions about an article
 * itself (its date, publisher, author) go to find-metadata-evidence.ts.
 */
import type { Chunk, RetrievedPassage, Span } from '../ingest/document-types.js';
import type { WordVectors } from '../embed/word-vectors.js';
import { analyzeQuestion } from './analyze-question.js';
import type { DocumentLookup } from './answerer.js';
import type { CorpusVocabulary } from './corpus-vocabulary.js';
import { detectMetadataAsk } from './detect-metadata-ask.js';
import { findMetadataEvidence } from './find-metadata-evidence.js';
import { isStrictType } from './fit-answer-type.js';
import { scoreSentences } from './score-sentences.js';
import { createTermMatcher, type Bag } from './term-matcher.js';

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
  /** Below this coverage by its best sentence, a question is not answered. */
  minCoverage?: number;
  /** How close two word vectors must be to count as the same word ("frontier" ≈ "border"). */
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

/** Creates the finder; its thresholds were measured on both eval sets (see README). */
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
  const metadataChunks = new Map(
    chunks.filter((chunk) => chunk.kind === 'metadata').map((chunk) => [chunk.docId, chunk]),
  );
  // Documents do not change while the finder lives: each article's words are gathered once.
  const documentBags = new Map<string, Bag>();
  const documentBag = (docId: string): Bag | undefined => {
    const known = documentBags.get(docId);
    if (known) return known;
    const document = lookup(docId);
    if (!document) return undefined;
    const bag = matcher.bagOf(`${document.title} ${document.cleanText}`);
    documentBags.set(docId, bag);
    return bag;
  };

  // The assistant checks support, then the answerer asks again with the very same passages array:
  // the second call is answered from memory. Keyed by that array, so entries go with the request.
  const recent = new WeakMap<RetrievedPassage[], Map<string, Evidence>>();
  function find(options: FindOptions): Evidence {
    const key = [
      options.question,
      options.resolved ?? options.question,
      options.previousAnswer ?? '',
    ].join('\u0000');
    const remembered = recent.get(options.passages);
    const known = remembered?.get(key);
    if (known) return known;
    const evidence = findAnew(options);
    recent.set(options.passages, (remembered ?? new Map<string, Evidence>()).set(key, evidence));
    return evidence;
  }

  function findAnew({
    question,
    resolved = question,
    previousAnswer = '',
    passages,
  }: FindOptions): Evidence {
    const analysed = analyzeQuestion(question, lexicon, resolved === question ? '' : resolved);
    // Words found in nearly every passage ("Pakistan", "border" here) are weak evidence.
    const analysis = {
      ...analysed,
      terms: analysed.terms.map((term) => ({
        ...term,
        weight: term.weight * vocabulary.specificity(term.lemma),
      })),
    };
    if (analysis.terms.length === 0)
      return {
        sentences: [],
        supported: false,
        reason: 'The question has no words to search for.',
      };

    const missing = analysis.focus.filter(
      (term) => !vocabulary.mentions(term.token, { name: term.name, similarity: focusSimilarity }),
    );
    if (missing.length > 0) {
      const words = missing.map((term) => `"${term.token}"`).join(' or ');
      return {
        sentences: [],
        supported: false,
        reason: `The articles say nothing about ${words}.`,
      };
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
        documentBag,
        minCoverage,
      });
    }

    const sentences = scoreSentences({
      analysis,
      passages,
      lookup,
      lexicon,
      matcher,
      resolved,
      previousAnswer,
      followUpShare,
    });

    const bestCoverage = Math.max(0, ...sentences.map((sentence) => sentence.coverage));
    if (bestCoverage < minCoverage)
      return { sentences, supported: false, reason: 'No passage in the articles answers it.' };
    if (isStrictType(analysis.answerType)) {
      // The asked-for number or date must sit in a sentence about the question, not in any sentence at all.
      const floor = Math.max(minCoverage, strictShare * bestCoverage);
      const fitting = sentences.filter((sentence) => sentence.fits && sentence.coverage >= floor);
      if (fitting.length === 0) {
        return {
          sentences,
          supported: false,
          reason: `The articles discuss this but do not state the ${describe(analysis.answerType)} asked for.`,
        };
      }
      return {
        sentences: [...fitting, ...sentences.filter((sentence) => !fitting.includes(sentence))],
        supported: true,
      };
    }
    return { sentences, supported: true };
  }

  return { find, minCoverage };
}

function describe(type: string): string {
  return (
    { number: 'number', length: 'length or duration', year: 'year', date: 'date' }[type] ?? 'answer'
  );
}
