/**
 * The seeds folder as a library of documents in every format. Originals stay
 * as they are; a converted document's canonical text (what citations index)
 * is stored beside it in `.extracted/<file name>.txt`, with its metadata in a
 * `.json` next to it, and reused while the original's hash is unchanged.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../errors/app-error.js';
import type { SourceDocument } from '../document-types.js';
import {
  loadArticles,
  parseSourceDocument,
  type LoadDocumentsOptions,
  type SeedFile,
} from '../load-documents.js';
import { createSourceDocument } from './create-source-document.js';
import { formatOfFileName, type DocumentFormat, type ExtractedText } from './document-formats.js';
import { extractDocument } from './extract-document.js';

export const EXTRACTED_DIR = '.extracted';

const sidecarSchema = z.object({
  sha256: z.string(),
  format: z.enum(['text', 'markdown', 'html', 'pdf', 'docx']),
  title: z.string().nullable(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  pageStarts: z.array(z.number().int().nonnegative()).optional(),
});

/** A document of the library with what is needed to manage its files. */
export interface LibraryEntry {
  document: SourceDocument;
  /** File name of the original in the seeds folder. */
  fileName: string;
  /** SHA-256 of the original's bytes: equal hashes are the same upload. */
  contentHash: string;
  /** The file as start-up found it, before reading it. */
  file?: SeedFile;
  /** True when the document was taken from the index, the file unchanged (`known`). */
  reused?: boolean;
}

/**
 * A document already indexed from this file, with its original's SHA-256, when the file is
 * unchanged: by its name, size and time alone, or, given `sha256` (the file was read), by
 * its bytes.
 */
export type KnownFile = (
  file: SeedFile,
  sha256?: string,
) => { document: SourceDocument; sha256: string } | undefined;

export interface LoadLibraryOptions extends Omit<LoadDocumentsOptions, 'reuse'> {
  /** Vouches for files that have not changed since they were indexed: they are not read. */
  known?: KnownFile;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const sidecarPaths = (seedsDir: string, fileName: string) => ({
  text: join(seedsDir, EXTRACTED_DIR, `${fileName}.txt`),
  meta: join(seedsDir, EXTRACTED_DIR, `${fileName}.json`),
});

async function readSidecar(seedsDir: string, fileName: string, sha256: string) {
  const paths = sidecarPaths(seedsDir, fileName);
  try {
    const meta = sidecarSchema.safeParse(JSON.parse(await readFile(paths.meta, 'utf8')));
    if (!meta.success || meta.data.sha256 !== sha256) return null;
    const text = await readFile(paths.text, 'utf8');
    return { ...meta.data, text };
  } catch {
    return null;
  }
}

async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}-${Date.now()}`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}

/** Builds the entry for one original (bytes already read), extracting unless the stored text is fresh. */
export async function createLibraryEntry({
  seedsDir,
  fileName,
  bytes,
  format = formatOfFileName(fileName) ?? 'text',
  extracted,
}: {
  seedsDir: string;
  fileName: string;
  bytes: Uint8Array;
  format?: DocumentFormat;
  extracted?: ExtractedText;
}): Promise<LibraryEntry> {
  const contentHash = hashBytes(bytes);
  const path = join(seedsDir, fileName);
  const docId = basename(fileName, extname(fileName));
  if (format === 'text' || format === 'markdown') {
    const document = parseSourceDocument(path, new TextDecoder().decode(bytes));
    return { document: { ...document, format }, fileName, contentHash };
  }
  const stored = await readSidecar(seedsDir, fileName, contentHash);
  const text = stored ?? extracted ?? (await extractDocument({ format, bytes }));
  return {
    document: createSourceDocument({ docId, path, format, extracted: text }),
    fileName,
    contentHash,
  };
}

/**
 * Reads every document of the folder: `.txt`/`.md` through `loadDocuments`
 * (its limits apply), the other formats converted here. A converted file that
 * cannot be read is skipped with a warning.
 */
export async function loadLibrary(
  seedsDir: string,
  { known = () => undefined, ...options }: LoadLibraryOptions = {},
): Promise<LibraryEntry[]> {
  const { logger } = options;
  const entries = await readdir(seedsDir, { withFileTypes: true }).catch((error: unknown) => {
    throw new AppError('seeds_missing', `Cannot read the seeds folder "${seedsDir}" (SEEDS_DIR).`, {
      cause: error,
    });
  });
  const converted = entries
    .filter((entry) => entry.isFile() && !entry.name.includes('.tmp-'))
    .map((entry) => entry.name)
    .filter((name) => {
      const format = formatOfFileName(name);
      return format !== null && format !== 'text' && format !== 'markdown';
    })
    .sort();
  const vouched = new Map<string, string>();
  const reuse = (file: SeedFile) => {
    const found = known(file);
    if (found) vouched.set(file.fileName, found.sha256);
    return found?.document;
  };
  // A file read again: its text hashed as a text file's content hash is (below), once.
  const hashed = new Map<string, string>();
  const reuseText = (file: SeedFile, text: string) => {
    const sha256 = hashBytes(Buffer.from(text));
    hashed.set(file.fileName, sha256);
    const found = known(file, sha256);
    if (found) vouched.set(file.fileName, found.sha256);
    return found?.document;
  };
  const textual = await loadArticles(seedsDir, { ...options, reuse, reuseText }).catch(
    (error: unknown) => {
      // A folder of PDFs alone is fine; anything else is still an error.
      if (converted.length > 0 && error instanceof AppError && /^No /u.test(error.message))
        return [];
      throw error;
    },
  );
  const library: LibraryEntry[] = textual.map(({ document, file, reused }) =>
    reused
      ? {
          document,
          fileName: file.fileName,
          contentHash: vouched.get(file.fileName)!,
          file,
          reused,
        }
      : {
          document: {
            ...document,
            format: extname(document.path).toLowerCase() === '.txt' ? 'text' : 'markdown',
          },
          fileName: file.fileName,
          contentHash: hashed.get(file.fileName) ?? hashBytes(Buffer.from(document.fileText)),
          file,
          reused,
        },
  );
  const seen = new Map(library.map((entry) => [entry.document.docId, entry.fileName]));
  for (const fileName of converted) {
    try {
      const { size, mtimeMs } = await lstat(join(seedsDir, fileName));
      const file = { fileName, size, mtimeMs };
      const small = size <= (options.maxDocumentBytes ?? Infinity);
      let found = small ? known(file) : undefined;
      let bytes: Buffer | undefined;
      if (!found) {
        bytes = await readFile(join(seedsDir, fileName));
        if (small) found = known(file, hashBytes(bytes));
      }
      const entry: LibraryEntry = found
        ? { document: found.document, fileName, contentHash: found.sha256, file, reused: true }
        : {
            ...(await createLibraryEntry({ seedsDir, fileName, bytes: bytes! })),
            file,
            reused: false,
          };
      const other = seen.get(entry.document.docId);
      if (other) {
        logger?.warn(`skipping ${fileName}: "${other}" has the same document id`);
        continue;
      }
      seen.set(entry.document.docId, fileName);
      if (!entry.reused) await saveSidecar(seedsDir, entry).catch(() => undefined);
      library.push(entry);
    } catch (error) {
      logger?.warn(
        `skipping ${fileName}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  if (library.length === 0)
    throw new AppError('seeds_missing', `No readable articles in "${seedsDir}" (SEEDS_DIR).`);
  return library;
}

async function saveSidecar(seedsDir: string, { document, fileName, contentHash }: LibraryEntry) {
  const paths = sidecarPaths(seedsDir, fileName);
  await mkdir(join(seedsDir, EXTRACTED_DIR), { recursive: true });
  await writeAtomically(paths.text, document.fileText);
  const meta: z.infer<typeof sidecarSchema> = {
    sha256: contentHash,
    format: document.format ?? 'text',
    title: document.title,
    date: document.date,
    source: document.source,
    ...(document.pageStarts ? { pageStarts: document.pageStarts } : {}),
  };
  await writeAtomically(paths.meta, JSON.stringify(meta, null, 2));
}

/** Writes an uploaded original and its canonical text into the folder. */
export async function saveLibraryEntry(seedsDir: string, entry: LibraryEntry, bytes: Uint8Array) {
  if (entry.document.format !== 'text' && entry.document.format !== 'markdown')
    await saveSidecar(seedsDir, entry);
  await writeAtomically(join(seedsDir, entry.fileName), bytes);
}

/** Removes an original and its stored text. */
export async function deleteLibraryFiles(seedsDir: string, fileName: string) {
  const paths = sidecarPaths(seedsDir, fileName);
  await rm(join(seedsDir, fileName), { force: true });
  await rm(paths.text, { force: true });
  await rm(paths.meta, { force: true });
}

/** The original file's bytes. */
export function readOriginal(seedsDir: string, fileName: string): Promise<Buffer> {
  return readFile(join(seedsDir, fileName));
}
