/** A sentence's text as an answer writes it: markup left out, on one line. */
import { plainText } from '../../ingest/extract-metadata.js';

export const oneLine = (text: string): string => plainText(text).replace(/\s+/gu, ' ').trim();
