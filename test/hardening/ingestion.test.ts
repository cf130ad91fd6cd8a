/**
 * Fault suite, issue 12 items 4 and 5: big articles are cleaned in linear
 * time and cut to CHUNK_SIZE at word boundaries; odd files are skipped or
 * decoded, each with a log line naming the file.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chunkDocuments } from '../../src/ingest/chunk-documents.js';
import { loadDocuments, type LoadProgress } from '../../src/ingest/load-documents.js';
import { recordingLogger } from '../llm/support/recording-logger.js';

let seedsDir: string;
const article =
  'Iran and Pakistan agreed to station Colonel-rank officers at the border. ' +
  'The officers will coordinate counterterrorism work.\n\n' +
  'Officials said the liaison offices open in Zahedan and Turbat.\n';

beforeEach(async () => {
  seedsDir = await mkdtemp(join(tmpdir(), 'sourced-ingest-'));
  await writeFile(join(seedsDir, 'good.txt'), article);
});
afterEach(async () => {
  await rm(seedsDir, { recursive: true, force: true });
});

async function load(maxDocumentBytes?: number) {
  const { logger, lines } = recordingLogger();
  const progress: LoadProgress[] = [];
  const documents = await loadDocuments(seedsDir, {
    logger,
    onProgress: (step) => progress.push(step),
    ...(maxDocumentBytes === undefined ? {} : { maxDocumentBytes }),
  });
  return { documents, lines, progress };
}

describe('large articles', () => {
  it('cleans a 3 MB article of 40,000 lines and reports progress', async () => {
    const paragraphs = Array.from(
      { length: 40_000 },
      (_, index) => `Paragraph ${index} says the border post ${index % 97} reopened on Monday.`,
    );
    await writeFile(join(seedsDir, 'big.txt'), paragraphs.join('\n'));
    const { documents, progress, lines } = await load();
    const big = documents.find((document) => document.docId === 'big')!;
    expect(big.paragraphs.length).toBe(40_000);
    expect(progress.at(-1)).toEqual({ stage: 'read', done: 2, total: 2 });
    expect(lines.some((line) => /reading a large article: .*big\.txt/u.test(line))).toBe(true);
    const chunks = chunkDocuments([big], { maxChars: 600, overlapSentences: 1 });
    expect(Math.max(...chunks.map((chunk) => chunk.text.length))).toBeLessThanOrEqual(600);
  });

  // 20 MB took over 5 minutes when cleaning was quadratic; about 10 s now. CI only: it is slow.
  it.runIf(process.env.CI)(
    'cleans and chunks a 20 MB article',
    async () => {
      const line = (index: number) =>
        `Paragraph ${index}: Mr. Khan said the border post ${index % 97} reopened on Monday, officials said.`;
      const lines = Array.from({ length: 240_000 }, (_, index) => line(index));
      await writeFile(join(seedsDir, 'huge.txt'), lines.join('\n'));
      const { documents } = await load();
      const huge = documents.find((document) => document.docId === 'huge')!;
      expect(huge.fileText.length).toBeGreaterThan(20_000_000);
      const chunks = chunkDocuments([huge], { maxChars: 600, overlapSentences: 1 });
      expect(chunks.length).toBeGreaterThan(30_000);
      expect(Math.max(...chunks.map((chunk) => chunk.text.length))).toBeLessThanOrEqual(600);
    },
    180_000,
  );

  it('cuts a 1.6 MB article without full stops into chunks of at most CHUNK_SIZE, at word boundaries', async () => {
    const words = ['border', 'officers', 'trade', 'colonel', 'Zahedan', 'liaison'];
    const text = Array.from({ length: 200_000 }, (_, index) => words[(index * 7) % 6]).join(' ');
    expect(text.length).toBeGreaterThan(1_500_000);
    await writeFile(join(seedsDir, 'list.txt'), text);
    const { documents } = await load();
    const list = documents.find((document) => document.docId === 'list')!;
    const chunks = chunkDocuments([list], { maxChars: 600, overlapSentences: 1 });
    expect(chunks.length).toBeGreaterThan(2500);
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(600);
      expect(chunk.text).toMatch(/^\p{L}.*\p{L}$/u);
      expect(text[chunk.end] ?? ' ').toBe(' ');
      expect(list.fileText.slice(chunk.start, chunk.end)).toBe(chunk.text);
    }
  });
});

describe('odd files', () => {
  it('skips a file over MAX_DOCUMENT_BYTES with a warning naming it', async () => {
    await writeFile(join(seedsDir, 'huge.txt'), article.repeat(100));
    const { documents, lines } = await load(2000);
    expect(documents.map((document) => document.docId)).toEqual(['good']);
    expect(lines).toContainEqual(expect.stringMatching(/^warn .*huge\.txt.*MAX_DOCUMENT_BYTES/u));
  });

  it('skips a binary file with a warning naming it, instead of indexing garbage', async () => {
    const bytes = Uint8Array.from({ length: 20_000 }, (_, index) => (index * 131 + 7) % 256);
    await writeFile(join(seedsDir, 'photo.txt'), bytes);
    const { documents, lines } = await load();
    expect(documents.map((document) => document.docId)).toEqual(['good']);
    expect(lines).toContainEqual(expect.stringMatching(/^warn .*photo\.txt.*binary/u));
  });

  it.each([
    [
      'UTF-16LE with a BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, 'utf16le')]),
    ],
    ['UTF-16LE without a BOM', Buffer.from(article, 'utf16le')],
    [
      'UTF-16BE with a BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(article, 'utf16le').swap16()]),
    ],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article)])],
  ])('decodes %s into the same article', async (_name, bytes) => {
    await writeFile(join(seedsDir, 'wide.txt'), bytes);
    const { documents } = await load();
    const [good, wide] = documents;
    expect(wide!.docId).toBe('wide');
    expect(wide!.fileText).toBe(article);
    expect(wide!.title).toBe(good!.title);
    expect(chunkDocuments([wide!]).length).toBeGreaterThan(0);
  });

  it('logs empty files, symbolic links and folders by name instead of passing over them', async () => {
    await writeFile(join(seedsDir, 'empty.txt'), '  \n');
    await symlink(join(seedsDir, 'good.txt'), join(seedsDir, 'linked.txt'));
    await mkdir(join(seedsDir, 'archive'));
    const { documents, lines } = await load();
    expect(documents.map((document) => document.docId)).toEqual(['good']);
    expect(lines).toContainEqual(expect.stringMatching(/^warn .*empty\.txt.*empty/u));
    expect(lines).toContainEqual(expect.stringMatching(/^warn .*linked\.txt.*symbolic link/u));
    expect(lines).toContainEqual(expect.stringMatching(/archive.*sub-folders are not read/u));
  });

  it('says so when every file was skipped', async () => {
    await rm(join(seedsDir, 'good.txt'));
    await writeFile(join(seedsDir, 'empty.md'), '');
    await expect(load()).rejects.toThrow(/No readable articles .*SEEDS_DIR/u);
  });
});
