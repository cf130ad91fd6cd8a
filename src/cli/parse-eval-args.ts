/**
 * Command-line options of `npm run eval`, validated.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { EvalError } from '../eval/eval-error.js';

export const EVAL_USAGE = `Usage: npm run eval -- [--set <name or folder>]... [--url http://host:port] [--k 5]
                       [--sets-dir eval/sets] [--out-dir eval/reports] [--thresholds eval/thresholds.json]

  --set         a set to run: a folder name under --sets-dir, or a path to a set folder;
                repeatable; default: every set under --sets-dir
  --url         score a running server (POST <url>/api/chat) instead of the in-process
                assistant; needs exactly one --set, and the server must have been started
                on that set's corpus (SEEDS_DIR), or the scores mean nothing
  --k           passages asked for (topK) and the cut-off for hit@k
  --sets-dir    the folder whose sub-folders are the sets
  --out-dir     reports: <name>.json and <name>.md per set, combined.json and combined.md
  --thresholds  minimum scores by set; the run exits 1 when one is not reached (skipped if the file is absent)

In process, each set runs against its own corpus with the configuration npm start
would use, its index cached in .eval-index/<name>/ (rebuilt when stale).
Exit status: 0 thresholds met, 1 a metric below its minimum, 2 the run could not be done.`;

const evalArgsSchema = z
  .object({
    set: z.array(z.string().min(1)).default([]),
    url: z.url({ protocol: /^https?$/ }).optional(),
    k: z.coerce.number().int().min(1).max(50).default(5),
    'sets-dir': z.string().min(1).default('eval/sets'),
    'out-dir': z.string().min(1).default('eval/reports'),
    thresholds: z.string().min(1).default('eval/thresholds.json'),
    help: z.boolean().default(false),
  })
  .refine((args) => args.url === undefined || args.set.length === 1, {
    path: ['url'],
    message:
      'scores one set: choose it with exactly one --set (the set whose corpus the server holds)',
  });

export interface EvalArgs {
  sets: string[];
  url?: string;
  k: number;
  setsDir: string;
  outDir: string;
  thresholds: string;
  help: boolean;
}

/** Parses `argv` (without node and script); throws `EVAL_USAGE` naming the bad option. */
export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        set: { type: 'string', multiple: true },
        url: { type: 'string' },
        k: { type: 'string' },
        'sets-dir': { type: 'string' },
        'out-dir': { type: 'string' },
        thresholds: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new EvalError('EVAL_USAGE', `${(error as Error).message}\n\n${EVAL_USAGE}`);
  }
  const parsed = evalArgsSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EvalError(
      'EVAL_USAGE',
      `--${issue?.path.join('.')}: ${issue?.message}\n\n${EVAL_USAGE}`,
    );
  }
  const { set, url, k, thresholds, help } = parsed.data;
  return {
    sets: set,
    ...(url === undefined ? {} : { url }),
    k,
    setsDir: parsed.data['sets-dir'],
    outDir: parsed.data['out-dir'],
    thresholds,
    help,
  };
}
