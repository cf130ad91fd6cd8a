/**
 * The offline answerer: picks the one to three sentences that best answer
 * the question and returns them verbatim, each with its `[n]` citation. It
 * never writes a word the documents do not contain.
 */
import { plainText } from '../ingest/extract-metadata.js';
import { lemmatize, tokenize } from '../text/tokenize.js';
import type { Answerer, AnswerInput, DocumentLookup } from './answerer.js';
import type { ChatResponse } from './chat-types.js';
import { createCitation } from './create-citation.js';
import type { EvidenceFinder, EvidenceSentence } from './find-evidence.js';
import { createRefusal } from './create-refusal.js';

export interface ExtractiveAnswererOptions {
  evidence: EvidenceFinder;
  lookup: DocumentLookup;
  maxSentences?: number;
  /** A further sentence joins the answer when it scores at least this share of the best. */
  relativeScore?: number;
  maxChars?: number;
  /** Coverage every further sentence must reach on its own. */
  minCoverage?: number;
}

function similar(a: string, b: string): boolean {
  const left = new Set(tokenize(a).map(lemmatize));
  const right = new Set(tokenize(b).map(lemmatize));
  const shared = [...left].filter((token) => right.has(token)).length;
  return shared / Math.max(1, Math.min(left.size, right.size)) > 0.6;
}

/** True when two sentences follow each other in the same passage. */
function adjacent(a: EvidenceSentence, b: EvidenceSentence): boolean {
  if (a.passage.chunk.docId !== b.passage.chunk.docId) return false;
  const spans = a.passage.chunk.sentences;
  const at = spans.findIndex((span) => span.start === a.span.start);
  return [spans[at - 1], spans[at + 1]].some((span) => span?.start === b.span.start);
}

function choose(
  sentences: EvidenceSentence[],
  {
    maxSentences,
    relativeScore,
    maxChars,
    minCoverage,
  }: Required<Omit<ExtractiveAnswererOptions, 'evidence' | 'lookup'>>,
): EvidenceSentence[] {
  const [best, ...rest] = sentences;
  if (!best) return [];
  const chosen = [best];
  let length = best.text.length;
  // The best match often names its subject and leaves the asked-for name to the next sentence.
  const neighbour = best.fits
    ? undefined
    : rest.find((candidate) => candidate.fits && adjacent(best, candidate));
  if (neighbour) {
    chosen.push(neighbour);
    length += neighbour.text.length;
  }
  for (const candidate of rest) {
    if (chosen.length >= maxSentences) break;
    if (candidate.score < relativeScore * best.score) break;
    if (candidate.coverage < minCoverage || candidate.coverage < 0.85 * best.coverage) continue;
    if (length + candidate.text.length > maxChars) continue;
    if (chosen.some((sentence) => similar(sentence.text, candidate.text))) continue;
    chosen.push(candidate);
    length += candidate.text.length;
  }
  return chosen;
}

/** Creates the extractive answerer. */
export function createExtractiveAnswerer({
  evidence: finder,
  lookup,
  maxSentences = 3,
  relativeScore = 0.9,
  maxChars = 700,
  minCoverage = finder.minCoverage,
}: ExtractiveAnswererOptions): Answerer {
  return {
    async answer({ question, messages, passages }: AnswerInput): Promise<ChatResponse> {
      const typed = messages.at(-1)?.content ?? question;
      const previousAnswer = messages
        .slice(0, -1)
        .findLast((message) => message.role === 'assistant')?.content;
      const evidence = finder.find({
        question: typed,
        resolved: question,
        previousAnswer,
        passages,
      });
      if (!evidence.supported) return createRefusal(evidence.reason);
      const chosen = choose(evidence.sentences, {
        maxSentences,
        relativeScore,
        maxChars,
        minCoverage,
      });
      const citations = chosen.flatMap((sentence, index) => {
        const document = lookup(sentence.passage.chunk.docId);
        return document
          ? [
              createCitation({
                n: index + 1,
                chunk: sentence.passage.chunk,
                span: sentence.span,
                fileText: document.fileText,
                score: sentence.score,
              }),
            ]
          : [];
      });
      // The quote stays verbatim; the answer text drops Markdown marks and line breaks.
      const answer = citations
        .map((citation) => `${plainText(citation.quote.replace(/\s+/gu, ' '))} [${citation.n}]`)
        .join(' ');
      return { answer, refused: false, citations };
    },
  };
}
