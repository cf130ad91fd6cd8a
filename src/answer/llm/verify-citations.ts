/**
 * Checks a generated answer's `[n]` markers against the passages it was given.
 * A marker survives only if passage n exists and supports its sentence; each
 * surviving citation gets a verbatim quote with offsets into the source file,
 * and the survivors are renumbered 1..m in order of first use.
 */
import { createCitation } from '../create-citation.js';
import type { Citation } from '../chat-types.js';
import type { DocumentLookup } from '../answerer.js';
import type { RetrievedPassage } from '../../ingest/document-types.js';
import { isFactual, measureSupport, supports } from './measure-support.js';
import {
  markerGroupPattern,
  parseMarkerGroup,
  splitAnswerSentences,
} from './split-answer-sentences.js';

export interface VerifyCitationsOptions {
  /** The model's answer with `[n]` markers. */
  text: string;
  /** The passages numbered 1..n in the prompt, in that order. */
  passages: RetrievedPassage[];
  lookup: DocumentLookup;
  /** Share of a sentence's content words the cited passage must contain. */
  minOverlap?: number;
}

export interface VerifiedAnswer {
  /** The answer with unsupported markers removed and the rest renumbered. */
  answer: string;
  citations: Citation[];
  /** Markers removed: passage missing, or not supporting the sentence. */
  citationsDropped: number;
  /** Factual sentences without a supported citation: removed from `answer`. */
  uncitedClaims: string[];
}

const markerWithSpace = new RegExp(`\\s*${markerGroupPattern.source}`, 'g');

/** Verifies and renumbers the citations in `text`. Pure. */
export function verifyCitations({
  text,
  passages,
  lookup,
  minOverlap = 0.5,
}: VerifyCitationsOptions): VerifiedAnswer {
  const renumbered = new Map<number, number>();
  const claimsByPassage = new Map<number, string[]>();
  const uncitedClaims: string[] = [];
  let citationsDropped = 0;

  const isSupported = (n: number, claim: string): boolean => {
    const passage = passages[n - 1];
    if (passage === undefined || lookup(passage.chunk.docId) === undefined) return false;
    return supports(claim, passage.chunk.text, { minOverlap });
  };

  const pieces = splitAnswerSentences(text).map((sentence) => {
    const claim = sentence.replace(markerWithSpace, '').replace(/\s+/g, ' ').trim();
    let cited = false;
    const rewritten = sentence.replace(markerWithSpace, (group, inside: string) => {
      const kept: number[] = [];
      for (const n of new Set(parseMarkerGroup(inside))) {
        if (!isSupported(n, claim)) {
          citationsDropped += 1;
          continue;
        }
        if (!renumbered.has(n)) renumbered.set(n, renumbered.size + 1);
        claimsByPassage.set(n, [...(claimsByPassage.get(n) ?? []), claim]);
        if (!kept.includes(n)) kept.push(n);
      }
      if (kept.length === 0) return '';
      cited = true;
      const leading = /^\s*/.exec(group)?.[0] ?? '';
      return leading + kept.map((n) => `[${renumbered.get(n)}]`).join('');
    });
    // A factual sentence no cited passage supports is removed, not shown uncited.
    if (!cited && isFactual(claim)) {
      uncitedClaims.push(claim);
      return '';
    }
    return rewritten;
  });

  const citations = [...renumbered].map(([n, newN]) =>
    quotePassage(newN, passages[n - 1] as RetrievedPassage, claimsByPassage.get(n) ?? [], lookup),
  );
  return {
    answer: pieces
      .join('')
      .replace(/\s{2,}/gu, ' ')
      .trim(),
    citations,
    citationsDropped,
    uncitedClaims,
  };
}

/** A citation quoting the chunk's sentence that best supports the claims. */
function quotePassage(
  n: number,
  passage: RetrievedPassage,
  claims: string[],
  lookup: DocumentLookup,
): Citation {
  const { chunk, score } = passage;
  const fileText = lookup(chunk.docId)?.fileText ?? '';
  const claim = claims.join(' ');
  let best = { start: chunk.start, end: chunk.end, rank: -Infinity };
  for (const span of chunk.sentences) {
    const { overlap, missing } = measureSupport(claim, fileText.slice(span.start, span.end));
    const rank = overlap - missing.length;
    if (rank > best.rank) best = { ...span, rank };
  }
  return createCitation({ n, chunk, span: best, fileText, score });
}
