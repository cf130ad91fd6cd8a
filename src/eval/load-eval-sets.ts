/**
 * Eval sets on disk: each is a folder `eval/sets/<name>/` with `set.json`
 * (validated), `questions.jsonl` and the corpus its questions are about
 * (`corpus/` unless `set.json` says otherwise).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { EvalError } from './eval-error.js';

export const setManifestSchema = z.strictObject({
  description: z.string().min(1),
  /** The articles: a folder relative to the set's folder (or absolute). */
  corpus: z.string().min(1).default('corpus'),
  /** Never tuned on: the honest estimate for new questions. */
  holdout: z.boolean().default(false),
});

/** A set folder, read and validated; its questions are read separately. */
export interface EvalSetInfo {
  /** The folder's name; names reports and the index cache. */
  name: string;
  dir: string;
  description: string;
  corpusDir: string;
  holdout: boolean;
  questionsPath: string;
}

/** Names of files the runner writes beside the per-set reports, so no set may take them. */
export const RESERVED_SET_NAMES = ['combined'];
const SET_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

/** Reads one set folder; throws `EVAL_SET_INVALID` naming the file and what is wrong. */
export async function loadEvalSetFolder(dir: string): Promise<EvalSetInfo> {
  const name = basename(resolve(dir));
  const manifestPath = join(dir, 'set.json');
  const fail = (message: string) => new EvalError('EVAL_SET_INVALID', `set "${name}": ${message}`);
  if (!SET_NAME.test(name) || RESERVED_SET_NAMES.includes(name))
    throw fail(`the folder name must be letters, digits, ".", "_" or "-" and not "combined"`);
  let text: string;
  try {
    text = await readFile(manifestPath, 'utf8');
  } catch (error) {
    throw fail(`cannot read ${manifestPath}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw fail(`${manifestPath} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = setManifestSchema.safeParse(json);
  if (!parsed.success) throw fail(`${manifestPath} is invalid:\n${z.prettifyError(parsed.error)}`);
  const { corpus } = parsed.data;
  const corpusDir = isAbsolute(corpus) ? corpus : join(dir, corpus);
  if (!(await isDirectory(corpusDir)))
    throw fail(`corpus folder ${corpusDir} (from ${manifestPath}) does not exist`);
  return {
    name,
    dir,
    description: parsed.data.description,
    corpusDir,
    holdout: parsed.data.holdout,
    questionsPath: join(dir, 'questions.jsonl'),
  };
}

/** Every set folder under `root`, by name; one error lists every bad folder. */
export async function discoverEvalSets(root: string): Promise<EvalSetInfo[]> {
  let entries;
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch (error) {
    throw new EvalError('EVAL_SET_INVALID', `cannot read ${root}: ${(error as Error).message}`);
  }
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  if (folders.length === 0) throw new EvalError('EVAL_SET_INVALID', `no set folders in ${root}`);
  const results = await Promise.allSettled(
    folders.map((folder) => loadEvalSetFolder(join(root, folder))),
  );
  const problems = results.flatMap((result) =>
    result.status === 'rejected' ? [(result.reason as Error).message] : [],
  );
  if (problems.length > 0)
    throw new EvalError('EVAL_SET_INVALID', `bad eval sets in ${root}:\n${problems.join('\n')}`);
  return results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

/**
 * The sets chosen with `--set`: a name under `root` or a folder path (one
 * with a slash); every set under `root` when none is chosen.
 */
export async function selectEvalSets({
  root,
  chosen,
}: {
  root: string;
  chosen: readonly string[];
}): Promise<EvalSetInfo[]> {
  if (chosen.length === 0) return discoverEvalSets(root);
  const sets: EvalSetInfo[] = [];
  for (const choice of chosen) {
    const isPath = /[\\/]/.test(choice);
    const dir = isPath ? choice : join(root, choice);
    if (!isPath && !(await isDirectory(dir)))
      throw new EvalError('EVAL_USAGE', `--set ${choice}: no set folder ${dir}`);
    const set = await loadEvalSetFolder(dir);
    if (sets.some((other) => other.name === set.name))
      throw new EvalError(
        'EVAL_USAGE',
        `--set ${choice}: a set named "${set.name}" is already chosen`,
      );
    sets.push(set);
  }
  return sets;
}
