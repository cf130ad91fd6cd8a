/**
 * SHA-256 and size of each index file, recorded in the manifest at build
 * time and checked when the index opens, so damage is found before any file
 * is parsed rather than as a crash or a wrong answer later.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { z } from 'zod';

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

/** Why `bytes` (a file read whole) differ from what was recorded, or null when they match. */
export function findBytesIntegrityProblem(
  bytes: Uint8Array,
  expected: FileIntegrity,
): string | null {
  if (bytes.byteLength !== expected.bytes)
    return `${bytes.byteLength} bytes, expected ${expected.bytes}`;
  return findIntegrityProblem(
    { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.byteLength },
    expected,
  );
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
