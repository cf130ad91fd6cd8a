/**
 * Writes one section's figures as JSON and Markdown into `bench/results/`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { RESULTS_DIR } from './bench-workspace.js';

export interface SectionResult {
  section: string;
  /** Everything measured, for machines. */
  data: unknown;
  /** The summary for people. */
  markdown: string;
}

/** Facts about the machine every result is stamped with. */
export function machineFacts() {
  return {
    node: process.version,
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    platform: `${process.platform}-${process.arch}`,
  };
}

/** Saves `result` as `<section>.json` and `<section>.md`; returns the paths. */
export async function writeSectionResult(
  result: SectionResult,
  { quick }: { quick: boolean },
): Promise<string[]> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const base = join(RESULTS_DIR, `${result.section}${quick ? '-quick' : ''}`);
  const stamp = { ...machineFacts(), quick, finishedAt: new Date().toISOString() };
  await writeFile(
    `${base}.json`,
    JSON.stringify({ ...stamp, section: result.section, data: result.data }, null, 2),
  );
  await writeFile(`${base}.md`, result.markdown);
  return [`${base}.json`, `${base}.md`];
}
