/**
 * Questions about an article rather than about the news in it: when it was
 * published, by whom, who wrote it. These are answered from the document's
 * metadata lines ("Published in Dawn, February 15th, 2022").
 */
import { parseWrittenDate } from '../ingest/extract-metadata.js';

export type MetadataAsk = 'date' | 'source' | 'author';

const ARTICLE = '(article|editorial|report|story|piece|op-?ed|news item|item|column)';
const PUBLISHED =
  '(published|written|dated|filed|posted|printed|ran|run|carried|released|appear(?:ed)?|came out)';
const OUTLET =
  '(newspaper|paper|outlet|publication|publisher|news desk|desk|website|site|media outlet)';

const ASKS: [MetadataAsk, RegExp][] = [
  [
    'author',
    new RegExp(
      `\\bwho (wrote|authored|reported|filed)\\b|\\b(which|what) (reporter|correspondent|journalist|author|writer)\\b|\\bwho is the (author|writer|reporter|correspondent)\\b`,
      'iu',
    ),
  ],
  [
    'source',
    new RegExp(
      `\\b(which|what) ${OUTLET}\\b.*\\b(${PUBLISHED.slice(1, -1)}|reported)\\b|\\bwho published\\b|\\b${PUBLISHED} (by|in) (which|what)\\b`,
      'iu',
    ),
  ],
  [
    'date',
    new RegExp(
      `\\b(when|what date|which date|what day|on what date|on which date)\\b.*\\b(published|written|dated|posted|printed)\\b|\\bdate (is )?(on|of) the ${ARTICLE}\\b|\\b${ARTICLE}.*\\bdated\\b`,
      'iu',
    ),
  ],
];

/** Words of such questions that name the ask, not the article's topic. */
export const METADATA_WORDS = new Set([
  'published',
  'publish',
  'publisher',
  'written',
  'write',
  'wrote',
  'dated',
  'date',
  'filed',
  'file',
  'posted',
  'printed',
  'ran',
  'run',
  'carried',
  'carry',
  'released',
  'appear',
  'appeared',
  'came',
  'come',
  'article',
  'editorial',
  'report',
  'story',
  'piece',
  'op',
  'ed',
  'column',
  'newspaper',
  'paper',
  'outlet',
  'publication',
  'desk',
  'news',
  'website',
  'site',
  'media',
  'reporter',
  'correspondent',
  'journalist',
  'author',
  'authored',
  'writer',
  'reported',
  'item',
]);

export function detectMetadataAsk(question: string): MetadataAsk | null {
  for (const [ask, pattern] of ASKS) if (pattern.test(question)) return ask;
  return null;
}

/** Which asks a metadata line can answer. */
export function metadataKinds(line: string): MetadataAsk[] {
  if (/^\s*date:?\s+\d{4}-\d\d-\d\d/iu.test(line)) return ['date'];
  if (/^(published|first published)\b/iu.test(line))
    return /\d{4}/u.test(line) ? ['source', 'date'] : ['source'];
  if (/^source:/iu.test(line) || /\bdesk\b/iu.test(line)) return ['source'];
  if (line.length <= 40 && parseWrittenDate(line)) return ['date'];
  return ['author'];
}
