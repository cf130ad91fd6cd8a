/**
 * Runs every case of a set against a target, one at a time, reporting
 * progress as it goes. The target is checked once first, so a dead server
 * gives one error instead of one per case.
 */
import type { ChatMessage } from '../answer/chat-types.js';
import type { EvalCase } from './eval-case.js';
import { EvalError } from './eval-error.js';
import type { EvalTarget } from './eval-target.js';
import { scoreCase, type CaseOutcome, type CaseScore } from './score-case.js';
import { orderCitations } from './citation-metrics.js';
import { isQuoteVerified } from './verify-quotes.js';

export interface CaseResult {
  outcome: CaseOutcome;
  score: CaseScore;
}

export interface RunEvalOptions {
  cases: readonly EvalCase[];
  target: EvalTarget;
  /** Passages asked for (`topK`) and the cut-off for hit@k. */
  k?: number;
  /** Clock in milliseconds; injected so tests need no real time. */
  now?: () => number;
  onProgress?: (progress: { done: number; total: number; result: CaseResult }) => void;
}

function messagesOf(evalCase: EvalCase): ChatMessage[] {
  return [...(evalCase.history ?? []), { role: 'user', content: evalCase.question }];
}

/** Runs the cases in order and returns each one's outcome and score. */
export async function runEval({
  cases,
  target,
  k = 5,
  now = () => performance.now(),
  onProgress,
}: RunEvalOptions): Promise<CaseResult[]> {
  await target.check();
  const documentTexts = new Map<string, Promise<string | undefined>>();
  const loadText = (docId: string) => {
    if (!documentTexts.has(docId)) documentTexts.set(docId, target.loadDocumentText(docId));
    return documentTexts.get(docId) as Promise<string | undefined>;
  };

  const results: CaseResult[] = [];
  for (const evalCase of cases) {
    const messages = messagesOf(evalCase);
    const started = now();
    let outcome: CaseOutcome;
    try {
      const response = await target.ask({
        messages,
        topK: k,
        ...(evalCase.filters ? { filters: evalCase.filters } : {}),
      });
      const latencyMs = now() - started;
      const citations = orderCitations(response.citations);
      const quotesVerified = await Promise.all(
        citations.map(async (citation) =>
          isQuoteVerified(citation, await loadText(citation.docId)),
        ),
      );
      outcome = { evalCase, response, latencyMs, quotesVerified };
    } catch (error) {
      if (error instanceof EvalError) throw error;
      outcome = {
        evalCase,
        response: null,
        error: (error as Error).message,
        latencyMs: now() - started,
        quotesVerified: [],
      };
    }
    if (target.retrieveDocIds !== undefined) {
      // The retriever sees what the user typed in this conversation, not a rewritten question.
      const query = messages
        .filter((message) => message.role === 'user')
        .map((message) => message.content)
        .join('\n');
      try {
        outcome.retrievedDocIds = await target.retrieveDocIds({ query, k });
      } catch (error) {
        outcome.retrievedDocIds = [];
        outcome.error ??= `retriever: ${(error as Error).message}`;
      }
    }
    const result = { outcome, score: scoreCase(outcome, { k }) };
    results.push(result);
    onProgress?.({ done: results.length, total: cases.length, result });
  }
  return results;
}
