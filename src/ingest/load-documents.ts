/**
 * Reads every `.txt` and `.md` article in the seeds folder and cleans it.
 * A document's id is its file name without the extension.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { AppError } from '../errors/app-error.js';
import { cleanDocument } from './clean-document.js';
import type { SourceDocument } from './document-types.js';

const EXTENSIONS = new Set(['.txt', '.md']);

/** Lists the article files of `seedsDir`, sorted by name. */
export async function listSourceFiles(seedsDir: string): Promise<string[]> {
  const entries = await readdir(seedsDir, { withFileTypes: true }).catch((error: unknown) => {
    throw new AppError('seeds_missing', `Cannot read the seeds folder "${seedsDir}" (SEEDS_DIR).`, {
      cause: error,
    });
  });
  const files = entries
    .filter((entry) => entry.isFile() && EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .filter((entry) => !/^readme\./iu.test(entry.name))
    .map((entry) => join(seedsDir, entry.name))
    .sort();
  if (files.length === 0) {
    throw new AppError('seeds_missing', `No .txt or .md articles in "${seedsDir}" (SEEDS_DIR).`);
  }
  return files;
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

/** Loads and cleans every article of `seedsDir`. */
export async function loadDocuments(seedsDir: string): Promise<SourceDocument[]> {
  const files = await listSourceFiles(seedsDir);
  const documents = await Promise.all(
    files.map(async (path) => parseSourceDocument(path, await readFile(path, 'utf8'))),
  );
  const seen = new Map<string, string>();
  for (const document of documents) {
    const other = seen.get(document.docId);
    if (other) {
      throw new AppError(
        'seeds_missing',
        `Two files share the document id "${document.docId}": ${other} and ${document.path}.`,
      );
    }
    seen.set(document.docId, document.path);
  }
  return documents;
}
