/**
 * Minimum scores a run must reach (`eval/thresholds.json`): per set (`"*"` for
 * any set without its own entry), then per group (overall, a category or
 * `kind:<kind>`) and metric; and the check that names every metric below its
 * minimum.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { EvalError } from './eval-error.js';
import {
  GROUP_NAMES,
  KIND_GROUP_NAMES,
  type EvalSummary,
  type GroupName,
  type MetricName,
} from './summarize-scores.js';

const SCORE_METRICS = [
  'answerAccuracy',
  'meanTokenF1',
  'allCoverage',
  'refusalPrecision',
  'refusalRecall',
  'citationHitAt1',
  'citationHitAtK',
  'citationMrr',
  'retrieverHitAt1',
  'retrieverHitAtK',
  'retrieverMrr',
  'citationPrecision',
  'topCitationCorrect',
  'quoteVerification',
] as const satisfies readonly MetricName[];

/** The minimums of one set, by group and metric. */
export const thresholdsSchema = z.partialRecord(
  z.enum([...GROUP_NAMES, ...KIND_GROUP_NAMES] as [GroupName, ...GroupName[]]),
  z.partialRecord(z.enum(SCORE_METRICS), z.number().min(0).max(1)),
);
export type Thresholds = z.infer<typeof thresholdsSchema>;

/** The file: minimums by set name; `"*"` holds those of any set without an entry. */
export const thresholdsFileSchema = z.record(z.string().min(1), thresholdsSchema);
export type ThresholdsFile = z.infer<typeof thresholdsFileSchema>;

/** The minimums that apply to a set: its own entry, else the `"*"` one, else none. */
export function thresholdsForSet(file: ThresholdsFile, setName: string): Thresholds | undefined {
  return file[setName] ?? file['*'];
}

export interface ThresholdCheck {
  passed: boolean;
  /** e.g. `overall.answerAccuracy 0.612 < 0.650`. */
  failures: string[];
  /** Metrics with a minimum that this run could not measure (e.g. retriever metrics over HTTP). */
  skipped: string[];
}

/** Compares a summary with the minimums. */
export function checkThresholds(summary: EvalSummary, thresholds: Thresholds): ThresholdCheck {
  const failures: string[] = [];
  const skipped: string[] = [];
  for (const [group, minimums] of Object.entries(thresholds) as [
    GroupName,
    Partial<Record<MetricName, number>>,
  ][]) {
    for (const [metric, minimum] of Object.entries(minimums) as [MetricName, number][]) {
      // A kind group the set has no cases of measures nothing.
      const actual = summary[group]?.[metric] ?? null;
      if (actual === null) skipped.push(`${group}.${metric}`);
      // Rounded as printed, so a figure shown as equal to its minimum is not a failure.
      else if (Number(actual.toFixed(3)) < minimum)
        failures.push(`${group}.${metric} ${actual.toFixed(3)} < ${minimum.toFixed(3)}`);
    }
  }
  return { passed: failures.length === 0, failures, skipped };
}

/** Reads the thresholds file; undefined when it does not exist. */
export async function loadThresholds(path: string): Promise<ThresholdsFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new EvalError(
      'EVAL_THRESHOLDS_INVALID',
      `${path} is not valid JSON: ${(error as Error).message}`,
    );
  }
  const parsed = thresholdsFileSchema.safeParse(json);
  if (!parsed.success)
    throw new EvalError(
      'EVAL_THRESHOLDS_INVALID',
      `${path} is invalid:\n${z.prettifyError(parsed.error)}`,
    );
  return parsed.data;
}
