/**
 * SHA-256 and size of each index file, recorded in the manifest at build
 * time and checked when the index opens, so damage is found before any file
 * is parsed rather than as a crash or a wrong answer later.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { z } from 'zod';
import type { ByteWindow } from './file-window.js';

/** Bytes hashed at a time from a window. */
const HASH_BYTES = 1 << 20;

export const fileIntegritySchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/u, 'expected a SHA-256 in hex'),
  bytes: z.number().int().nonnegative(),
});
export type FileIntegrity = z.infer<typeof fileIntegritySchema>;

/** Reads `path` once (streamed) and returns its SHA-256 and size. */
export async function describeFile(path: string): Promise<FileIntegrity> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).byteLength;
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** SHA-256 and size of the bytes `window` gives, read front to back. */
export function describeWindow(window: ByteWindow): FileIntegrity {
  const hash = createHash('sha256');
  let offset = 0;
  while (offset < window.byteLength) {
    const { view, base } = window.at(offset, Math.min(HASH_BYTES, window.byteLength - offset));
    const start = view.byteOffset + offset - base;
    const bytes = new Uint8Array(view.buffer, start, view.byteOffset + view.byteLength - start);
    if (bytes.byteLength === 0) break;
    hash.update(bytes);
    offset += bytes.byteLength;
  }
  return { sha256: hash.digest('hex'), bytes: offset };
}

/** Why a file's measured size and SHA-256 differ from what was recorded, or null when they match. */
export function findIntegrityProblem(
  actual: FileIntegrity,
  expected: FileIntegrity,
): string | null {
  if (actual.bytes !== expected.bytes) return `${actual.bytes} bytes, expected ${expected.bytes}`;
  return actual.sha256 === expected.sha256
    ? null
    : 'checksum mismatch (the file was changed or damaged)';
}
