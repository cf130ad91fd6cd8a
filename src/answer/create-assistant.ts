/**
 * The question-answering pipeline every door calls: analyze the question
 * (with the conversation), retrieve, read lower-case names as the passages
 * write them, gather the evidence once, then answer.
 * The extractive answerer's refusal gate is the evidence; an LLM answerer
 * sees every question and decides answerability itself.
 */
import type { RetrievedPassage, Retriever } from '../ingest/document-types.js';
import type { Logger } from '../log/logger.js';
import type { AnswerInput, Answerer, QuestionRewriter } from './answerer.js';
import type {
  Assistant,
  AskOptions,
  ChatMessage,
  ChatResponse,
  ChatStreamEvent,
} from './chat-types.js';
import {
  answerEvents,
  candidatePassages,
  responseEvents,
  streamAnswerer,
} from './stream-answer.js';
import { joinAnswers } from './join-answers.js';
import { createRefusal } from './create-refusal.js';
import type { QuestionAnalyzer } from './analyze/analyze-question.js';
import type { EvidenceFinder } from './evidence/find-evidence.js';
import { sideQueries } from './analyze/side-queries.js';
import { withinDocumentQuery } from './analyze/within-document-query.js';
import { previousPassageQuery } from './analyze/previous-passage-query.js';
import { datedSearchFilters } from './analyze/dated-search.js';

/** Passages the search for the previous answer's cited sentence adds at most; set once, not tuned. */
const PREVIOUS_DEPTH = 2;

/** Passages the search inside the articles found adds at most (`withinDocumentQuery`); chosen once, not tuned. */
const WITHIN_DEPTH = 4;

/** Passages the search among the asked years' articles adds at most (`datedSearchFilters`); set once, not tuned. */
const DATED_DEPTH = 4;

/** Passages in order, each chunk once (its first place kept). */
function withoutRepeats(passages: RetrievedPassage[]): RetrievedPassage[] {
  const seen = new Set<string>();
  return passages.filter((passage) => {
    if (seen.has(passage.chunk.chunkId)) return false;
    seen.add(passage.chunk.chunkId);
    return true;
  });
}

export interface AssistantOptions {
  retriever: Retriever;
  answerer: Answerer;
  analyzer: QuestionAnalyzer;
  evidence: EvidenceFinder;
  /** Rewrites follow-ups into standalone questions (the LLM path); none offline. */
  rewriter?: QuestionRewriter;
  logger: Logger;
  topK?: number;
  /** Passages gathered for evidence, at least: lists and summaries need more than a factoid. */
  evidenceDepth?: number;
  /**
   * The two questions a compound question asks ("…, and which firm led it?"), or null
   * (`splitCompound`). The extractive answerer answers each, the second as a follow-up to the
   * first; an LLM answerer sees the question whole.
   */
  splitQuestion?: (question: string) => [string, string] | null;
}

export function createAssistant({
  retriever,
  answerer,
  analyzer,
  evidence: finder,
  rewriter,
  logger,
  topK: defaultTopK = 6,
  evidenceDepth = 10,
  splitQuestion,
}: AssistantOptions): Assistant {
  async function prepare({
    messages,
    topK = defaultTopK,
    signal,
    filters,
  }: AskOptions): Promise<{ refusal: ChatResponse } | AnswerInput> {
    const last = messages.at(-1);
    if (!last || last.role !== 'user')
      return { refusal: createRefusal('The last message must be a question from the user.') };
    const history = messages.slice(0, -1);
    const standalone =
      rewriter && history.length > 0
        ? await rewriter.rewrite({ question: last.content, history })
        : last.content;
    const asked: ChatMessage[] = [...history, { role: 'user', content: standalone }];
    const first = analyzer.analyze(asked);
    const depth = ['list', 'summary', 'comparison'].includes(first.kind)
      ? evidenceDepth * 2
      : evidenceDepth;
    const found = await retriever.retrieve({
      query: first.searchQuery,
      k: Math.max(topK, depth),
      ...(filters ? { filters } : {}),
    });
    // Each side of a comparison is searched for too; its passages follow the question's own.
    const sides = await Promise.all(
      sideQueries(first).map((query) =>
        retriever.retrieve({ query, k: evidenceDepth, ...(filters ? { filters } : {}) }),
      ),
    );
    // A follow-up keeps the previous answer's passage at hand: it is context, though the
    // follow-up's own words may not find it again ("And what title did he take…?").
    const cited = previousPassageQuery(history);
    const earlier = cited
      ? await retriever.retrieve({
          query: cited,
          k: PREVIOUS_DEPTH,
          ...(filters ? { filters } : {}),
        })
      : [];
    // A question about a year is searched again among that year's articles and the next's.
    const dated = datedSearchFilters(first, filters);
    const ofYears = dated
      ? await retriever.retrieve({ query: first.searchQuery, k: DATED_DEPTH, filters: dated })
      : [];
    const passages = withoutRepeats([...found, ...sides.flat(), ...earlier, ...ofYears]);
    // Names typed in lower case ("who heads the union at aurelian") read as the passages write
    // them; retrieval does not depend on case.
    const recased = analyzer.recase(
      asked,
      passages.map((passage) => passage.chunk.text),
    );
    const analysis = recased === asked ? first : analyzer.analyze(recased);
    // With filters, an article the question names counts only if retrieval (filtered) allowed it.
    const scoped = filters
      ? {
          ...analysis,
          documents: analysis.documents.filter((docId) =>
            passages.some((passage) => passage.chunk.docId === docId),
          ),
        }
      : analysis;
    // What the question asks of its names, searched for inside the articles found: a passage
    // that answers it may not repeat the name. Its passages follow the others.
    const within = withinDocumentQuery(scoped, found);
    const inside = within
      ? await retriever.retrieve({
          query: within.query,
          k: WITHIN_DEPTH,
          filters: { ...filters, docIds: within.docIds },
        })
      : [];
    const evidence = finder.find({
      analysis: scoped,
      passages: withoutRepeats([...passages, ...inside]),
    });
    if (!evidence.supported && !answerer.decidesAnswerability) {
      logger.info('refused', { kind: analysis.kind, reason: evidence.reason });
      return { refusal: createRefusal(evidence.reason) };
    }
    return {
      question: standalone,
      messages,
      // Lists, comparisons and summaries are answered from everything gathered for them.
      passages: withoutRepeats([
        ...(depth > evidenceDepth ? passages : passages.slice(0, Math.max(topK, 1))),
        ...inside,
      ]),
      evidence,
      ...(signal ? { signal } : {}),
    };
  }

  async function askOne(options: AskOptions): Promise<ChatResponse> {
    const prepared = await prepare(options);
    return 'refusal' in prepared ? prepared.refusal : answerer.answer(prepared);
  }

  /** The halves of the conversation's last question when it asks two, for the extractive answerer. */
  function halvesOf({ messages }: AskOptions): [string, string] | null {
    const last = messages.at(-1);
    if (!splitQuestion || answerer.decidesAnswerability || last?.role !== 'user') return null;
    return splitQuestion(last.content);
  }

  /** Each half answered, the second as a follow-up to the first and its answer. */
  async function askBoth(options: AskOptions, [one, two]: [string, string]) {
    const history = options.messages.slice(0, -1);
    const asked: ChatMessage[] = [...history, { role: 'user', content: one }];
    const first = await askOne({ ...options, messages: asked });
    logger.info('compound question', { halves: 2 });
    const second = await askOne({
      ...options,
      messages: [
        ...asked,
        { role: 'assistant', content: first.answer },
        { role: 'user', content: two },
      ],
    });
    return joinAnswers([first, second], [one, two]);
  }

  return {
    async ask(options: AskOptions): Promise<ChatResponse> {
      const halves = halvesOf(options);
      return halves ? askBoth(options, halves) : askOne(options);
    },
    async *stream(options: AskOptions): AsyncIterable<ChatStreamEvent> {
      const halves = halvesOf(options);
      if (halves) {
        yield* responseEvents(await askBoth(options, halves));
        return;
      }
      const prepared = await prepare(options);
      yield {
        type: 'citations',
        passages: 'refusal' in prepared ? [] : candidatePassages(prepared.passages),
      };
      yield* 'refusal' in prepared
        ? answerEvents(prepared.refusal)
        : streamAnswerer(answerer, prepared);
    },
  };
}
