/**
 * Adds, replaces and removes documents while the server runs: extract (a bad
 * file fails here, before anything changes), refuse duplicates, write the
 * original and its canonical text into the seeds folder, then apply the
 * change to the live index. If the index update fails the files are put back.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { AppError } from '../errors/app-error.js';
import {
  createLibraryEntry,
  deleteLibraryFiles,
  hashBytes,
  saveLibraryEntry,
  type LibraryEntry,
} from '../ingest/formats/library-files.js';
import { formatOfFileName, type DocumentFormat } from '../ingest/formats/document-formats.js';
import { extractDocument } from '../ingest/formats/extract-document.js';
import type { Logger } from '../log/logger.js';
import type { LiveIndex } from './live-index.js';

export interface DocumentUpload {
  bytes: Uint8Array;
  format: DocumentFormat;
  /** The client's file name, when it sent one. */
  fileName?: string;
  /** Wanted id; by default the file name without extension. */
  docId?: string;
}

export interface ManagedResult {
  docId: string;
  status: 'created' | 'replaced' | 'unchanged';
}

export interface DocumentManager {
  get(docId: string): LibraryEntry | undefined;
  add(upload: DocumentUpload): Promise<ManagedResult>;
  replace(docId: string, upload: DocumentUpload): Promise<ManagedResult>;
  remove(docId: string): Promise<void>;
  /** Applies the current state of one file of the seeds folder (the folder watch). */
  syncFile(fileName: string): Promise<void>;
}

const EXTENSION: Record<DocumentFormat, string> = {
  text: '.txt',
  markdown: '.md',
  html: '.html',
  pdf: '.pdf',
  docx: '.docx',
};

/** A safe document id: letters, digits, `.`, `_`, `-`; at most 80 characters. */
export function toDocumentId(name: string): string {
  return name
    .replace(/[^\w.-]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/gu, '')
    .slice(0, 80);
}

export function createDocumentManager({
  seedsDir,
  index,
  entries,
  logger,
}: {
  seedsDir: string;
  index: LiveIndex;
  entries: LibraryEntry[];
  logger: Logger;
}): DocumentManager {
  const byId = new Map(entries.map((entry) => [entry.document.docId, entry]));
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  async function prepare(docId: string, upload: DocumentUpload): Promise<LibraryEntry> {
    const fileName = `${docId}${EXTENSION[upload.format]}`;
    // Extraction first: an unreadable document is refused before any file is written.
    const extracted = await extractDocument({ format: upload.format, bytes: upload.bytes });
    return createLibraryEntry({
      seedsDir,
      fileName,
      bytes: upload.bytes,
      format: upload.format,
      extracted,
    });
  }

  function findDuplicate(bytes: Uint8Array, except?: string): LibraryEntry | undefined {
    const hash = hashBytes(bytes);
    return [...byId.values()].find(
      (entry) => entry.contentHash === hash && entry.document.docId !== except,
    );
  }

  async function install(entry: LibraryEntry, bytes: Uint8Array, previous?: LibraryEntry) {
    await saveLibraryEntry(seedsDir, entry, bytes);
    try {
      await index.apply({ upsert: [entry.document] });
    } catch (error) {
      await deleteLibraryFiles(seedsDir, entry.fileName);
      if (previous)
        logger.error('index update failed; the previous file was kept', {
          docId: previous.document.docId,
        });
      throw error;
    }
    if (previous && previous.fileName !== entry.fileName)
      await deleteLibraryFiles(seedsDir, previous.fileName);
    byId.set(entry.document.docId, entry);
  }

  function duplicateError(existing: LibraryEntry): AppError {
    return new AppError(
      'duplicate_document',
      `This document is already indexed as "${existing.document.docId}" (same content); nothing was added.`,
    );
  }

  return {
    get: (docId) => byId.get(docId),
    add(upload) {
      return serial(async () => {
        const docId =
          toDocumentId(
            upload.docId ??
              (upload.fileName ? basename(upload.fileName, extname(upload.fileName)) : ''),
          ) || `doc-${hashBytes(upload.bytes).slice(0, 12)}`;
        const duplicate = findDuplicate(upload.bytes);
        if (duplicate) throw duplicateError(duplicate);
        if (byId.has(docId))
          throw new AppError(
            'document_exists',
            `A document with id "${docId}" exists; replace it with PUT /api/documents/${docId}.`,
          );
        await install(await prepare(docId, upload), upload.bytes);
        logger.info('document added', { docId });
        return { docId, status: 'created' as const };
      });
    },
    replace(docId, upload) {
      return serial(async () => {
        const previous = byId.get(docId);
        if (!previous) throw new AppError('document_not_found', `No document with id "${docId}".`);
        if (previous.contentHash === hashBytes(upload.bytes))
          return { docId, status: 'unchanged' as const };
        const duplicate = findDuplicate(upload.bytes, docId);
        if (duplicate) throw duplicateError(duplicate);
        await install(await prepare(docId, upload), upload.bytes, previous);
        logger.info('document replaced', { docId });
        return { docId, status: 'replaced' as const };
      });
    },
    remove(docId) {
      return serial(async () => {
        const entry = byId.get(docId);
        if (!entry) throw new AppError('document_not_found', `No document with id "${docId}".`);
        await index.apply({ remove: [docId] });
        byId.delete(docId);
        await deleteLibraryFiles(seedsDir, entry.fileName);
        logger.info('document removed', { docId });
      });
    },
    syncFile(fileName) {
      return serial(async () => {
        // Read inside the queue: a change applied meanwhile (an upload, a delete) is seen.
        const bytes = await readFile(join(seedsDir, fileName)).catch(() => null);
        const format = formatOfFileName(fileName);
        if (!format) return;
        const docId = basename(fileName, extname(fileName));
        const known = byId.get(docId);
        if (bytes === null) {
          if (!known || known.fileName !== fileName) return;
          await index.apply({ remove: [docId] });
          byId.delete(docId);
          logger.info('document removed (folder watch)', { docId });
          return;
        }
        if (known?.contentHash === hashBytes(bytes)) return;
        const entry = await createLibraryEntry({ seedsDir, fileName, bytes, format });
        await index.apply({ upsert: [entry.document] });
        byId.set(docId, entry);
        logger.info(known ? 'document replaced (folder watch)' : 'document added (folder watch)', {
          docId,
        });
      });
    },
  };
}
