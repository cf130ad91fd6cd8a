/**
 * Start-up housekeeping of INDEX_DIR: it must be a folder, and the temporary
 * folders of builds that were killed (`.data-<pid>-…`, `data.old-<pid>`) are
 * removed. A folder whose process still runs is left alone: it may be a
 * build in progress.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../errors/app-error.js';
import { PREVIOUS_INFIX, TEMPORARY_PREFIX } from './index-files.js';

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid a leftover folder name carries, or null when the name is not one of ours. */
function ownerOf(name: string): number | null {
  const match =
    new RegExp(`^${TEMPORARY_PREFIX.replace('.', '\\.')}(\\d+)-\\d+$`, 'u').exec(name) ??
    new RegExp(`^data${PREVIOUS_INFIX.replace('.', '\\.')}(\\d+)$`, 'u').exec(name);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** Fails with a message naming INDEX_DIR when it is not a folder; returns the leftovers removed. */
export async function cleanIndexFolder(indexDir: string): Promise<string[]> {
  const info = await stat(indexDir).catch(() => null);
  if (info !== null && !info.isDirectory()) {
    throw new AppError(
      'config_invalid',
      `INDEX_DIR "${indexDir}" is a file, not a folder: point INDEX_DIR at a folder (it is created when missing).`,
    );
  }
  if (info === null) return [];
  const removed: string[] = [];
  for (const name of await readdir(indexDir)) {
    const owner = ownerOf(name);
    if (owner === null || isRunning(owner)) continue;
    await rm(join(indexDir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
