/**
 * Grows the seed corpus into a synthetic one of about N chunks, for
 * benchmarks: articles of recombined seed sentences, with entities renamed
 * and dates shifted, all drawn from a seeded generator so that the same
 * options always give the same files.
 */
import { basename } from 'node:path';
import {
  chunkDocuments,
  documentSentences,
  type ChunkingOptions,
} from '../src/ingest/chunk-documents.js';
import type { SourceDocument } from '../src/ingest/document-types.js';
import { parseSourceDocument } from '../src/ingest/load-documents.js';
import { isStopword } from '../src/text/tokenize.js';
import { createSeededRandom, type SeededRandom } from './seeded-random.js';

export interface SyntheticArticle {
  /** File name, e.g. `syn_000042.txt`. */
  name: string;
  text: string;
}

export interface SyntheticCorpusOptions {
  seeds: SourceDocument[];
  /** Articles are added until the corpus holds at least this many chunks. */
  targetChunks: number;
  seed?: number;
  chunking?: ChunkingOptions;
}

export interface SyntheticCorpus {
  /** The seed articles first, then the synthetic ones. */
  articles: SyntheticArticle[];
  chunks: number;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SYLLABLES = [
  'ka',
  'ra',
  'vo',
  'len',
  'dar',
  'mi',
  'sho',
  'tal',
  'be',
  'zin',
  'qu',
  'har',
  'ost',
  'el',
  'nu',
  'gor',
  'fa',
  'ri',
];
const PUBLISHERS = [
  'Dawn',
  'Al Jazeera',
  'The Express Tribune',
  'Tehran Times',
  'Balochistan Weekly',
  'The Nation',
];

/** Capitalised words that are not sentence openers: people, places, bodies. */
function findEntities(sentences: string[]): string[] {
  const found = new Set<string>();
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(/(?<=\s)\p{Lu}\p{Ll}{2,}/gu)) {
      if (!isStopword(match[0].toLowerCase()) && !MONTHS.includes(match[0])) found.add(match[0]);
    }
  }
  return [...found].sort();
}

function inventName(random: SeededRandom): string {
  const name = Array.from({ length: random.integer(2, 3) }, () => random.pick(SYLLABLES)).join('');
  return name[0]!.toUpperCase() + name.slice(1);
}

function shiftDate(iso: string, days: number): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date;
}

function createArticleWriter(seeds: SourceDocument[], random: SeededRandom) {
  const sentences = seeds.flatMap((document) =>
    documentSentences(document).map((span) =>
      document.fileText.slice(span.start, span.end).replace(/\s+/gu, ' '),
    ),
  );
  const entities = findEntities(sentences);
  const entityPattern = new RegExp(`\\b(${entities.join('|')})\\b`, 'gu');
  const titles = seeds.map((document) => document.title);
  const dates = seeds.flatMap((document) => (document.date ? [document.date] : []));

  return function writeArticle(): string {
    const renamed = new Map(
      entities.filter(() => random.next() < 0.3).map((entity) => [entity, inventName(random)]),
    );
    const days = random.integer(-1500, 1500);
    const yearShift = Math.round(days / 365);
    const monthShift = random.integer(0, 11);
    const rewrite = (text: string) =>
      text
        .replace(entityPattern, (entity) => renamed.get(entity) ?? entity)
        .replace(/\b(19|20)\d\d\b/gu, (year) => String(Number(year) + yearShift))
        .replace(
          new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'gu'),
          (month) => MONTHS[(MONTHS.indexOf(month) + monthShift) % 12]!,
        );
    const paragraphs = Array.from({ length: random.integer(3, 7) }, () =>
      Array.from({ length: random.integer(2, 6) }, () => rewrite(random.pick(sentences))).join(' '),
    );
    const date = shiftDate(random.pick(dates.length > 0 ? dates : ['2024-01-01']), days);
    const published = `Published in ${random.pick(PUBLISHERS)}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}th, ${date.getUTCFullYear()}`;
    return [
      rewrite(random.pick(titles)),
      '',
      ...paragraphs.flatMap((paragraph) => [paragraph, '']),
      published,
      '',
    ].join('\n');
  };
}

/** A deterministic corpus of the seeds plus synthetic articles, ≥ `targetChunks` chunks. */
export function createSyntheticCorpus({
  seeds,
  targetChunks,
  seed = 42,
  chunking = {},
}: SyntheticCorpusOptions): SyntheticCorpus {
  if (seeds.length === 0) throw new Error('the synthetic corpus needs at least one seed article');
  const articles: SyntheticArticle[] = seeds.map((document) => ({
    name: basename(document.path),
    text: document.fileText,
  }));
  let chunks = chunkDocuments(seeds, chunking).length;
  const writeArticle = createArticleWriter(seeds, createSeededRandom(seed));
  while (chunks < targetChunks) {
    const name = `syn_${String(articles.length).padStart(6, '0')}.txt`;
    const text = writeArticle();
    chunks += chunkDocuments([parseSourceDocument(name, text)], chunking).length;
    articles.push({ name, text });
  }
  return { articles, chunks };
}
