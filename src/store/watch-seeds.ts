/**
 * WATCH_SEEDS=1: file changes in SEEDS_DIR are applied to the live index the
 * same way uploads are (add, replace, remove), debounced per file so an
 * editor's several writes make one update.
 */
import { watch, type FSWatcher } from 'node:fs';
import { formatOfFileName } from '../ingest/formats/document-formats.js';
import type { Logger } from '../log/logger.js';
import type { DocumentManager } from './document-manager.js';

export function watchSeeds({
  seedsDir,
  manager,
  logger,
  delayMs = 300,
}: {
  seedsDir: string;
  manager: DocumentManager;
  logger: Logger;
  delayMs?: number;
}): { close(): void } {
  const timers = new Map<string, NodeJS.Timeout>();
  const apply = (fileName: string) =>
    manager.syncFile(fileName).catch((error: unknown) => {
      logger.warn(
        `folder watch: ${fileName} not applied: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  const watcher: FSWatcher = watch(seedsDir, (_event, fileName) => {
    if (
      !fileName ||
      fileName.includes('.tmp-') ||
      fileName.startsWith('.') ||
      !formatOfFileName(fileName)
    )
      return;
    clearTimeout(timers.get(fileName));
    timers.set(
      fileName,
      setTimeout(() => {
        timers.delete(fileName);
        void apply(fileName);
      }, delayMs),
    );
  });
  logger.info(`watching ${seedsDir} for document changes`);
  return {
    close() {
      watcher.close();
      for (const timer of timers.values()) clearTimeout(timer);
    },
  };
}
