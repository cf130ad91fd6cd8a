/**
 * The words by which a question can name an article (`find-document-references.ts`):
 * its header's lemmas (title, metadata lines, opening lines), the text at its two
 * ends, its title's and publisher's content lemmas. One definition, so the keys the
 * embedded store keeps at index time are the ones computed in memory, and start-up
 * reads them instead of every article's text.
 */
import type { SourceDocument } from '../ingest/document-types.js';
import { endsAsking } from './ends-asking.js';
import { isStopword, lemmatize, tokenize } from './tokenize.js';

/**
 * Bumped whenever `documentKeys` can give another result for the same document: the
 * embedded store then computes every document's keys again once, from its text.
 */
export const DOCUMENT_KEYS_VERSION = 2;

/** Characters at the start of an article read as its header. */
const HEAD_CHARS = 200;
/** Characters at each end of an article searched for a name that identifies it. */
const EDGE_CHARS = 400;

export interface DocumentKeys {
  /** Distinct lemmas of the title, the metadata lines and the opening lines. */
  header: string[];
  /** The first and last lines of the article, lower-cased: where bylines, desks and credits sit. */
  edges: string;
  /** Content lemmas of the title, in order (repeats kept). */
  title: string[];
  /** Content lemmas of the publisher's name, in order. */
  source: string[];
}

/** Lines of questions, each followed by an answer, from which an article is laid out as an interview; set once. */
const INTERVIEW_QUESTIONS = 3;

/**
 * True when the article is laid out as an interview: at least INTERVIEW_QUESTIONS lines that
 * are questions ("Why did you cap the race at 12,000?", "**Will the cap stay?**"), each
 * followed by a line that is not one, its answer. Such an article is "the interview" or "the
 * Q&A" whether or not its header says so.
 */
export function laidOutAsInterview(fileText: string): boolean {
  const lines = fileText
    .split('\n')
    .map((line) => line.replace(/[*_#>]/gu, '').trim())
    .filter((line) => line !== '');
  const asks = (line: string | undefined) => line !== undefined && endsAsking(line);
  let questions = 0;
  for (const [at, line] of lines.entries())
    if (asks(line) && lines[at + 1] !== undefined && !asks(lines[at + 1])) questions += 1;
  return questions >= INTERVIEW_QUESTIONS;
}

function contentLemmas(text: string): string[] {
  return tokenize(text)
    .filter((word) => !isStopword(word))
    .map(lemmatize);
}

export function documentKeys(
  document: Pick<SourceDocument, 'title' | 'source' | 'fileText' | 'metadata'>,
): DocumentKeys {
  const header = [
    document.title,
    ...document.metadata.map((span) => document.fileText.slice(span.start, span.end)),
    // The lines that open the article: standfirst, byline ("a fan blog", "interview").
    document.fileText.slice(0, HEAD_CHARS),
  ].join(' ');
  // An article laid out as questions and answers is an interview by its form.
  const genre = laidOutAsInterview(document.fileText) ? ['interview'] : [];
  return {
    header: [...new Set([...tokenize(header).map(lemmatize), ...genre])],
    edges:
      `${document.fileText.slice(0, EDGE_CHARS)} ${document.fileText.slice(-EDGE_CHARS)}`.toLowerCase(),
    title: contentLemmas(document.title),
    source: contentLemmas(document.source ?? ''),
  };
}
