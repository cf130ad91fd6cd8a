/**
 * Who an article's "we" is: a group writing as one is named by the article's credit lines
 * ("*From the Aldermoor Estate blog, written by Gwen Whitcombe*": "we have decided to install
 * two frost fans" is Aldermoor's deciding), though its text may never name it.
 */
import { furnitureLines } from '../../ingest/article-furniture.js';
import type { SourceDocument } from '../../ingest/document-types.js';
import { writerSpeaks } from '../../text/signature.js';
import { writesPhrase } from '../../text/whole-word-search.js';

/**
 * True when `sentence` speaks as "we" outside quotation and the credit lines of its article
 * write `name` (lower-case words) whole. A writer's "I" is a person, whom the credits may not
 * name (a fan blog named after a stadium, "…, I suppose"); a name they write only in part is
 * another's ("Alderbrook Youth Orchestra" of "Alderbrook Symphony Orchestra").
 */
export function creditedWriter(
  sentence: string,
  document: SourceDocument,
  name: readonly string[],
): boolean {
  return (
    writerSpeaks(sentence, { plural: true }) &&
    !writerSpeaks(sentence) &&
    writesPhrase(furnitureLines(document).join('\n'), name)
  );
}
