/**
 * Minimum scores a run must reach (`eval/thresholds.json`), per group and
 * metric, and the check that names every metric below its minimum.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { EvalError } from './eval-error.js';
import {
  GROUP_NAMES,
  type EvalSummary,
  type GroupName,
  type MetricName,
} from './summarize-scores.js';

const SCORE_METRICS = [
  'answerAccuracy',
  'meanTokenF1',
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

export const thresholdsSchema = z.partialRecord(
  z.enum(GROUP_NAMES as [GroupName, ...GroupName[]]),
  z.partialRecord(z.enum(SCORE_METRICS), z.number().min(0).max(1)),
);
export type Thresholds = z.infer<typeof thresholdsSchema>;

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
      const actual = summary[group][metric];
      if (actual === null) skipped.push(`${group}.${metric}`);
      // Rounded as printed, so a figure shown as equal to its minimum is not a failure.
      else if (Number(actual.toFixed(3)) < minimum)
        failures.push(`${group}.${metric} ${actual.toFixed(3)} < ${minimum.toFixed(3)}`);
    }
  }
  return { passed: failures.length === 0, failures, skipped };
}

/** Reads the thresholds file; undefined when it does not exist. */
export async function loadThresholds(path: string): Promise<Thresholds | undefined> {
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
  const parsed = thresholdsSchema.safeParse(json);
  if (!parsed.success)
    throw new EvalError(
      'EVAL_THRESHOLDS_INVALID',
      `${path} is invalid:\n${z.prettifyError(parsed.error)}`,
    );
  return parsed.data;
}
