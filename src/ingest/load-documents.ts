/**
 * Reads every `.txt` and `.md` article in the seeds folder and cleans it.
 * A document's id is its file name without the extension. Files that cannot
 * be articles (too large, binary, empty) and entries that are not plain files
 * (folders, symlinks) are skipped with a log line naming them.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { AppError } from '../errors/app-error.js';
import type { Logger } from '../log/logger.js';
import { cleanDocument } from './clean-document.js';
import { decodeTextFile } from './decode-text-file.js';
import type { SourceDocument } from './document-types.js';

const EXTENSIONS = new Set(['.txt', '.md']);
const MIB = 1024 * 1024;

export const DEFAULT_MAX_DOCUMENT_BYTES = 32 * MIB;

export interface LoadProgress {
  stage: 'read';
  done: number;
  total: number;
}

/** A file of the seeds folder as start-up sees it before reading it. */
export interface SeedFile {
  fileName: string;
  size: number;
  mtimeMs: number;
}

export interface LoadDocumentsOptions {
  /** Files larger than this are skipped (`MAX_DOCUMENT_BYTES`). */
  maxDocumentBytes?: number;
  logger?: Logger;
  onProgress?: (progress: LoadProgress) => void;
  /**
   * The document this file held when last read, if its name, size and modification time
   * say it is unchanged: taken instead of reading and cleaning the file again.
   */
  reuse?: (file: SeedFile) => SourceDocument | undefined;
  /**
   * The document this file held when last read, if the text just read is the text it was
   * read from (its time changed, its content did not: a copy, a checkout, a `touch`): taken
   * instead of cleaning the text again.
   */
  reuseText?: (file: SeedFile, text: string) => SourceDocument | undefined;
}

/** One article: its document, the file as it was before reading, and whether it was reused. */
export interface LoadedArticle {
  document: SourceDocument;
  file: SeedFile;
  reused: boolean;
}

const isArticleName = (name: string) =>
  EXTENSIONS.has(extname(name).toLowerCase()) && !/^readme\./iu.test(name);

/** Lists the article files of `seedsDir`, sorted by name; folders and symlinks are logged and left out. */
export async function listSourceFiles(seedsDir: string, logger?: Logger): Promise<string[]> {
  const entries = await readdir(seedsDir, { withFileTypes: true }).catch((error: unknown) => {
    throw new AppError('seeds_missing', `Cannot read the seeds folder "${seedsDir}" (SEEDS_DIR).`, {
      cause: error,
    });
  });
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(seedsDir, entry.name);
    if (entry.isSymbolicLink()) {
      if (isArticleName(entry.name))
        logger?.warn(`skipping ${path}: a symbolic link (copy the article into the folder)`);
    } else if (entry.isDirectory()) {
      if (!entry.name.startsWith('.'))
        logger?.info(`skipping folder ${path}: sub-folders are not read`);
    } else if (entry.isFile() && isArticleName(entry.name)) {
      files.push(path);
    }
  }
  if (files.length === 0) {
    throw new AppError('seeds_missing', `No .txt or .md articles in "${seedsDir}" (SEEDS_DIR).`);
  }
  return files.sort();
}

/** The document id of a file: its name without the extension. */
export function documentIdOf(path: string): string {
  return basename(path, extname(path));
}

/** Parses one file's text into a cleaned document. */
export function parseSourceDocument(path: string, fileText: string): SourceDocument {
  const docId = documentIdOf(path);
  const cleaned = cleanDocument(fileText, docId);
  return {
    docId,
    path,
    fileText,
    title: cleaned.title,
    date: cleaned.date,
    source: cleaned.source,
    cleanText: cleaned.cleanText,
    paragraphs: cleaned.paragraphs,
    metadata: cleaned.metadata,
  };
}

/**
 * Reads one article file: its text, or null (with a warning naming it) when it is skipped.
 * Synchronously, like the `lstatSync` before it: an awaited `readFile` is four round trips
 * through the thread pool (open, stat, read, close), and at 10k files the loop sat idle
 * for ≈ 45 % of its 6 s waiting on them (`npm run index` at 100k).
 */
function readArticle(
  path: string,
  size: number,
  maxDocumentBytes: number,
  logger: Logger | undefined,
): string | null {
  if (size > maxDocumentBytes) {
    logger?.warn(
      `skipping ${path}: ${(size / MIB).toFixed(1)} MB is over MAX_DOCUMENT_BYTES (${maxDocumentBytes} bytes)`,
    );
    return null;
  }
  if (size > MIB) logger?.info(`reading a large article: ${path} (${(size / MIB).toFixed(1)} MB)`);
  const decoded = decodeTextFile(readFileSync(path));
  if (decoded.kind === 'binary') {
    logger?.warn(`skipping ${path}: ${decoded.reason}`);
    return null;
  }
  if (decoded.text.trim() === '') {
    logger?.warn(`skipping ${path}: the file is empty`);
    return null;
  }
  if (decoded.encoding !== 'utf-8')
    logger?.info(`read ${path} as ${decoded.encoding.toUpperCase()}`);
  if (decoded.replaced > 0)
    logger?.warn(`${path}: ${decoded.replaced} bytes are not valid UTF-8 and were replaced`);
  return decoded.text;
}

/** Loads and cleans every article of `seedsDir`. */
export async function loadDocuments(
  seedsDir: string,
  options: LoadDocumentsOptions = {},
): Promise<SourceDocument[]> {
  return (await loadArticles(seedsDir, options)).map((article) => article.document);
}

/** Loads every article of `seedsDir`, reading only the files `reuse` does not vouch for. */
export async function loadArticles(
  seedsDir: string,
  {
    maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES,
    logger,
    onProgress = () => {},
    reuse = () => undefined,
    reuseText = () => undefined,
  }: LoadDocumentsOptions = {},
): Promise<LoadedArticle[]> {
  const files = await listSourceFiles(seedsDir, logger);
  const articles: LoadedArticle[] = [];
  for (const [index, path] of files.entries()) {
    // Stated before reading: a file changed while it is read is read again next time. Not
    // awaited one by one: at 10k files a round trip through the thread pool each is 0.3 s,
    // and only start-up and `npm run index` look through the folder (nothing else waits).
    const { size, mtimeMs } = lstatSync(path);
    const file = { fileName: basename(path), size, mtimeMs };
    const known = size <= maxDocumentBytes ? reuse(file) : undefined;
    if (known) articles.push({ document: known, file, reused: true });
    else {
      const text = readArticle(path, size, maxDocumentBytes, logger);
      const same = text === null ? undefined : reuseText(file, text);
      if (same) articles.push({ document: same, file, reused: true });
      else if (text !== null)
        articles.push({ document: parseSourceDocument(path, text), file, reused: false });
    }
    onProgress({ stage: 'read', done: index + 1, total: files.length });
  }
  if (articles.length === 0) {
    throw new AppError(
      'seeds_missing',
      `No readable articles in "${seedsDir}" (SEEDS_DIR): every file was skipped (see the warnings above).`,
    );
  }
  const seen = new Map<string, string>();
  for (const { document, file } of articles) {
    const path = join(seedsDir, file.fileName);
    const other = seen.get(document.docId);
    if (other) {
      throw new AppError(
        'seeds_missing',
        `Two files share the document id "${document.docId}": ${other} and ${path}.`,
      );
    }
    seen.set(document.docId, path);
  }
  return articles;
}
