/**
 * What the runner scores: anything that answers a conversation and can show
 * the original text of a cited document. The HTTP and in-process targets
 * implement it.
 */
import type { AskOptions, ChatResponse } from '../answer/chat-types.js';

export interface EvalTarget {
  /** Shown in reports: `in-process` or the server's URL. */
  readonly description: string;
  /** Fails once with `EVAL_TARGET_UNREACHABLE` before any case runs. */
  check(): Promise<void>;
  /**
   * Answers one conversation. Throws `EVAL_TARGET_UNREACHABLE` when the target
   * went away (the run stops); any other error fails only this case.
   */
  ask(options: AskOptions): Promise<ChatResponse>;
  /** The original file text of a document, for quote verification; undefined when unknown. */
  loadDocumentText(docId: string): Promise<string | undefined>;
  /** Document ids of the passages the retriever ranks for a query; only in-process. */
  retrieveDocIds?(options: { query: string; k: number }): Promise<string[]>;
}
