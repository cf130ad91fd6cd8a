/**
 * The honest "the documents don't say" answer: no citations, `refused: true`.
 */
import type { ChatResponse } from './chat-types.js';

export const REFUSAL_TEXT = "I couldn't find that in the documents.";

export function createRefusal(reason?: string): ChatResponse {
  return {
    answer: reason ? `${REFUSAL_TEXT} ${reason}` : REFUSAL_TEXT,
    refused: true,
    citations: [],
  };
}
