/**
 * Start-up of the embedded store over the seeds folder. The index is opened
 * first; a file whose name, size and modification time are those the store
 * recorded when it last read it, and whose document the store still holds
 * unchanged, is not read again: its document comes from the store. Every
 * other file is read; one whose bytes are those its stamp recorded (only its
 * time changed: a copy, a checkout) also takes its document from the store,
 * the rest are cleaned, and their document hash decides whether they changed
 * (`ensureIndex` updates only those, or rebuilds when the store's documents
 * were made by another ingest version). The files read are recorded for the
 * next start. Documents keep their text in the store.
 */
import type { SourceDocument } from '../ingest/document-types.js';
import {
  loadLibrary,
  type KnownFile,
  type LibraryEntry,
  type LoadLibraryOptions,
} from '../ingest/formats/library-files.js';
import { ensureIndex, openFreshIndex, type EnsureIndexOptions } from './ensure-index.js';
import { hashDocument } from './index-manifest.js';
import type { EmbeddedIndex } from './open-index.js';
import type { StoredDocumentSummary } from './corpus-store.js';
import type { FileStamp, SqliteCorpusStore } from './sqlite-corpus-store.js';
import { createStoredCorpus, type StoredCorpus } from './stored-corpus.js';

/**
 * A file modified this recently when it was looked at is not vouched for next time: a write
 * landing in the same clock tick as the look would leave its size and time unchanged.
 */
const SETTLED_MS = 2000;

export interface SeedsIndex {
  index: EmbeddedIndex;
  /** Reads documents and chunks from the store (cached), for the answer engine. */
  corpus: StoredCorpus;
  /** The folder's documents in folder order, their text read from the store on use. */
  documents: SourceDocument[];
  /** The same documents with their files, for the document manager. */
  library: LibraryEntry[];
}

export async function openSeedsIndex({
  seedsDir,
  maxDocumentBytes,
  buildApart,
  ...options
}: Omit<
  EnsureIndexOptions,
  'documents' | 'opened' | 'unchanged' | 'listed' | 'reingested' | 'chunks'
> &
  Pick<LoadLibraryOptions, 'maxDocumentBytes'> & {
    seedsDir: string;
    /**
     * Builds the whole index from the seeds folder in another process, when it must be
     * (re)built; resolves false when it could not, and the build then runs here. The server
     * uses `npm run index`'s command: building parses ≈ 300 MB of word vectors, and a
     * process that did so stays ≈ 40 MiB larger afterwards.
     */
    buildApart?: () => Promise<boolean>;
  }): Promise<SeedsIndex> {
  // The graph is read on a thread while the folder is looked through and the answer engine
  // set up; the caller awaits `index.store.graphReady()` before serving. The document keys
  // are read on the lexical thread meanwhile (`store.loadDocumentKeys()`).
  const opening = {
    ...options,
    chunks: 'lazy',
    graphInBackground: true,
    documentKeysAhead: true,
  } as const;
  let opened = await openFreshIndex(opening);
  if (!opened && buildApart && (await buildApart())) opened = await openFreshIndex(opening);
  const stamps = opened ? opened.store.readFileStamps() : [];
  // The store's documents, listed once: they vouch for unchanged files and, when nothing
  // changed, are the documents served (their text read from the store on use).
  const listed = opened ? (opened.listed ?? (await opened.store.listDocuments())) : [];
  const openedCorpus = opened ? createStoredCorpus(opened.store) : undefined;
  const loaded = await loadLibrary(seedsDir, {
    logger: options.logger,
    ...(maxDocumentBytes === undefined ? {} : { maxDocumentBytes }),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(openedCorpus ? { known: knownFiles(openedCorpus.documents(listed), stamps, listed) } : {}),
  });
  const unchanged = new Set(
    loaded.filter((entry) => entry.reused).map((entry) => entry.document.docId),
  );
  const index = await ensureIndex({
    ...opening,
    documents: loaded.map((entry) => entry.document),
    // Documents an older ingestion made, read again: any that changed rebuild the index.
    ...(opened
      ? { opened, unchanged, listed, reingested: opened.store.ingestedByOtherVersion() }
      : {}),
  });
  recordFiles(index.store, loaded, stamps);
  // The same store and nothing changed in it: the documents read from it are kept.
  const same = index === opened && openedCorpus !== undefined;
  const corpus = same ? openedCorpus : createStoredCorpus(index.store);
  const summaries = new Map(
    (same ? listed : await index.store.listDocuments()).map((summary) => [summary.docId, summary]),
  );
  const documents = loaded.map((entry) =>
    same && entry.reused
      ? entry.document
      : corpus.documents([summaries.get(entry.document.docId)!])[0]!,
  );
  return {
    index,
    corpus,
    documents,
    library: loaded.map((entry, position) => ({ ...entry, document: documents[position]! })),
  };
}

/**
 * Vouches for a file when its stamp matches it and the store still holds the document
 * stamped (`documents`: the store's, made from `summaries`, in the same order).
 */
function knownFiles(
  documents: SourceDocument[],
  stamps: FileStamp[],
  summaries: StoredDocumentSummary[],
): KnownFile {
  const hashes = new Map(summaries.map((summary) => [summary.docId, summary.contentHash]));
  const byName = new Map(stamps.map((stamp) => [stamp.fileName, stamp]));
  const stored = new Map(documents.map((document) => [document.docId, document]));
  return (file, sha256) => {
    const stamp = byName.get(file.fileName);
    if (!stamp || hashes.get(stamp.docId) !== stamp.contentHash) return undefined;
    // A file read again (its time or size differ) is vouched for by its bytes: the same bytes
    // make the same document under the same ingest version, which the stamps are kept for.
    const same =
      sha256 === undefined
        ? stamp.size === file.size && stamp.mtimeMs === file.mtimeMs
        : stamp.sha256 === sha256;
    if (!same) return undefined;
    const document = stored.get(stamp.docId);
    return document && { document, sha256: stamp.sha256 };
  };
}

/** Records what was read this time (a file reused keeps its stamp); written only when it changed. */
function recordFiles(store: SqliteCorpusStore, library: LibraryEntry[], previous: FileStamp[]) {
  const stamps = stampsOf(library, previous);
  const kept = new Set(previous);
  const same = stamps.length === previous.length && stamps.every((stamp) => kept.has(stamp));
  if (!same) store.writeFileStamps(stamps);
}

/**
 * The stamps of a library just read: a file reused keeps its previous stamp (its size and
 * time brought up to date when it was vouched for by its bytes); a file read is stamped
 * unless it was modified too recently to vouch for. `contentHashes`: the
 * documents' `hashDocument`, when the caller has just computed them (a build).
 */
export function stampsOf(
  library: LibraryEntry[],
  previous: FileStamp[] = [],
  contentHashes: ReadonlyMap<SourceDocument, string> = new Map(),
): FileStamp[] {
  const kept = new Map(previous.map((stamp) => [stamp.fileName, stamp]));
  const now = Date.now();
  const settled = (file: { mtimeMs: number }) => now - file.mtimeMs >= SETTLED_MS;
  const stamps: FileStamp[] = [];
  for (const entry of library) {
    if (!entry.file) continue;
    if (entry.reused) {
      const stamp = kept.get(entry.fileName);
      const { size, mtimeMs } = entry.file;
      if (!stamp) continue;
      const moved = stamp.size !== size || stamp.mtimeMs !== mtimeMs;
      stamps.push(moved && settled(entry.file) ? { ...stamp, size, mtimeMs } : stamp);
    } else if (settled(entry.file))
      stamps.push({
        docId: entry.document.docId,
        fileName: entry.fileName,
        size: entry.file.size,
        mtimeMs: entry.file.mtimeMs,
        sha256: entry.contentHash,
        contentHash: contentHashes.get(entry.document) ?? hashDocument(entry.document),
      });
  }
  return stamps;
}
