/**
 * Questions about an article itself — when it was published, who wrote or
 * published it — are answered from its metadata lines (date stamps,
 * "Published in …", bylines), not from its body. They are recognised by a
 * verb of publishing (English: publish, write, run, print, author, file) and
 * an expected date, person or organisation.
 */
import { lemmatize } from '../../text/tokenize.js';
import { sharesStem } from '../../text/shares-stem.js';
import { plainText } from '../../ingest/extract-metadata.js';
import type { Chunk, SourceDocument } from '../../ingest/document-types.js';
import type { TextParser } from '../analyze/parse-text.js';
import type { QuestionAnalysis } from '../analyze/question-types.js';
import type { Bag, TermMatcher } from './term-matcher.js';

/** Verbs that only mean publishing, and verbs that do when their object is a text ("wrote the report"). */
const PUBLISHING = new Set(['publish', 'run', 'print']);
const WRITING = new Set(['write', 'author', 'file', 'pen']);

/** A quotable line of an article: its chunk, its offsets in the file text and its text. */
export interface ArticleLine {
  chunk: Chunk;
  start: number;
  end: number;
  text: string;
}

export interface ArticleFact {
  document: SourceDocument;
  /** The metadata chunk and line answering, or null when the article does not state it. */
  line: ArticleLine | null;
  /** What was asked for, in words ("publication date"). */
  asked: string;
}

/**
 * The field of `text` crediting the article's writer — "By Jane Roe", "Memo from Jane Roe", or
 * a label of writing ("Author: Dana Whitfield", "Writer: …") before a name — or undefined. A line may hold several
 * fields apart ("Published: 12 January 2025 | Author: Mira Okafor", "Wanderlane Travel — Guides
 * — 2 May 2024 — by Tomás Reis"): any of them may credit the writer.
 */
export function creditField(text: string): string | undefined {
  for (const field of plainText(text).split(/\s[|·•—–]\s/u)) {
    const plain = field.trim();
    if (/^by\s/iu.test(plain)) return plain;
    // "Posted on the Fernlight Labs blog by Rachel Kim", "Interview by Martha Quigley",
    // "Issued by: Dr Callum Reid": a credit's "by" before a capital names who made it.
    const by = /\sby:?\s+(?=\p{Lu})/u.exec(plain);
    if (by) return plain.slice(by.index + 1);
    // "Internal memo from Daniel Okoro, chief operating officer": a message from a name is
    // that name's (a metadata line's "from", before a capital); what comes before it is not.
    const from = /(?:^|\s)from\s+(?=\p{Lu})/u.exec(plain);
    if (from) return plain.slice(from.index + from[0].length);
    const label = /^(\p{L}+)\s*:/u.exec(plain)?.[1]?.toLowerCase();
    if (
      label !== undefined &&
      [...WRITING].some((verb) => label === verb || sharesStem(lemmatize(label), verb))
    )
      return plain;
  }
  return undefined;
}

export function asksAboutArticle(analysis: QuestionAnalysis): boolean {
  const tokens = analysis.parsed.tokens;
  // "Who is writing the Hollow Meridian movie?": writing something the question names, not
  // an article it refers to, is a fact of the story.
  const namesOther = analysis.constraints.names.length > 0 && analysis.documents.length === 0;
  const searched = new Set(analysis.terms.map((term) => term.lemma));
  const verb = tokens.some((token, index) => {
    if (token.pos !== 'VERB' && token.pos !== 'AUX') return false;
    const next = tokens[index + 1];
    // "the leading run-scorer": a word joined to the next by a hyphen is part of a compound,
    // not the question's verb.
    if (next?.text === '-' && next.start === token.end) return false;
    // "When did the park run start again?": a verb right before another verb is a noun the
    // tagger misread; the question's verb is the one after the subject.
    if (next?.pos === 'VERB') return false;
    // "Which organisation did she leave the trust to run?": an infinitive after "to" is what
    // someone set out to do, not the question's own verb of publishing.
    if (PUBLISHING.has(token.lemma) && tokens[index - 1]?.normal === 'to') return false;
    if (PUBLISHING.has(token.lemma)) {
      // "Who runs the finance committee?": an object the question searches for is a thing of
      // the story; an article is named by words the analysis set aside as its reference.
      const object = tokens
        .slice(index + 1)
        .find((other) => other.pos !== 'DET' && other.pos !== 'ADJ' && other.pos !== 'NUM');
      // "Who ran in the marathon?": a verb of publishing with a preposition after it and no
      // object ("ran in", "ran for") is running, not publishing.
      if (object?.pos === 'ADP') return false;
      return !(
        object &&
        (object.pos === 'NOUN' || object.pos === 'PROPN') &&
        searched.has(lemmatize(object.normal))
      );
    }
    return (
      WRITING.has(token.lemma) &&
      !namesOther &&
      (next?.pos === 'DET' || next?.normal === 'by' || next?.text === '?' || next === undefined)
    );
  });
  return (
    verb &&
    ['date', 'person', 'organization', 'any'].includes(analysis.answerType) &&
    analysis.kind === 'factoid'
  );
}

export function findArticleFact({
  analysis,
  candidates,
  metadataChunk,
  parser,
  matcher,
  documentBag,
  signature,
}: {
  analysis: QuestionAnalysis;
  /** Documents the question may describe, most likely first. */
  candidates: SourceDocument[];
  metadataChunk: (docId: string) => Chunk | undefined;
  parser: TextParser;
  matcher: TermMatcher;
  documentBag: (document: SourceDocument) => Bag;
  /** The first line signing a passage of the document off ("Patricia Odell" over her street). */
  signature?: (docId: string) => ArticleFact['line'] | undefined;
}): ArticleFact | null {
  const terms = analysis.terms.filter(
    (term) => !PUBLISHING.has(term.lemma) && !WRITING.has(term.lemma),
  );
  const total = terms.reduce((sum, term) => sum + term.weight, 0);
  const coverage = (document: SourceDocument) => {
    const bag = documentBag(document);
    return total === 0
      ? 0
      : terms.reduce((sum, term) => sum + term.weight * matcher.match(term, bag), 0) / total;
  };
  const ranked =
    analysis.documents.length > 0
      ? candidates.filter((document) => analysis.documents.includes(document.docId))
      : [...candidates].sort((a, b) => coverage(b) - coverage(a));
  const document = ranked[0];
  if (!document) return null;
  const wantsDate = analysis.answerType === 'date';
  const asked = wantsDate
    ? 'publication date'
    : analysis.answerType === 'person'
      ? 'author'
      : 'publisher';
  const chunk = metadataChunk(document.docId);
  for (const span of document.metadata) {
    const text = document.fileText.slice(span.start, span.end);
    const entities = parser.parse(text).entities;
    const fits = wantsDate
      ? entities.some((entity) => entity.type === 'date' || entity.type === 'year') ||
        /\d{4}-\d{2}-\d{2}/u.test(text)
      : entities.some((entity) => entity.type === 'name');
    const byline = creditField(text) !== undefined;
    if (
      fits &&
      chunk &&
      (analysis.answerType !== 'person' || byline) &&
      (analysis.answerType !== 'organization' || !byline)
    )
      return { document, line: { chunk, start: span.start, end: span.end, text }, asked };
  }
  // No byline: a contributor's note among the metadata lines (often closing the article), a person
  // named as its subject and the publication in the same sentence ("Asad Hashim is Al Jazeera's digital correspondent").
  if (analysis.answerType === 'person' && document.source) {
    const source = document.source.toLowerCase();
    const notes = [
      ...(chunk
        ? document.metadata.map((span) => ({
            chunk,
            start: span.start,
            end: span.end,
            text: document.fileText.slice(span.start, span.end),
          }))
        : []),
    ];
    for (const line of notes) {
      const first = parser.parse(line.text).entities[0];
      if (
        first?.type === 'name' &&
        first.start === 0 &&
        first.text.split(/\s+/u).length >= 2 &&
        !first.text.toLowerCase().includes(source) &&
        line.text.toLowerCase().includes(source)
      )
        return { document, line, asked };
    }
  }
  // No byline: a letter or column signed off names its writer ("…a cup of tea. / Patricia Odell").
  const signed = analysis.answerType === 'person' ? signature?.(document.docId) : undefined;
  if (signed) return { document, line: signed, asked };
  return { document, line: null, asked };
}
