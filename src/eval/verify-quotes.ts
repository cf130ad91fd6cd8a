/**
 * Quote verification: a citation's quote must be exactly the slice of its
 * document's original file text between its offsets.
 */
import type { Citation } from '../answer/chat-types.js';

/** Whether `fileText.slice(start, end)` equals the quote (false when the document is unknown). */
export function isQuoteVerified(citation: Citation, fileText: string | undefined): boolean {
  if (fileText === undefined) return false;
  if (citation.end < citation.start || citation.end > fileText.length) return false;
  return fileText.slice(citation.start, citation.end) === citation.quote;
}
