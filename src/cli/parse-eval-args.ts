/**
 * Command-line options of `npm run eval`, validated.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { EvalError } from '../eval/eval-error.js';

export const EVAL_USAGE = `Usage: npm run eval -- [--set eval/questions.jsonl] [--url http://host:port] [--out eval/reports/latest.json] [--k 5] [--thresholds eval/thresholds.json]

  --set         JSONL eval set to run
  --url         score a running server (POST <url>/api/chat) instead of the in-process assistant
  --out         JSON report path; the Markdown report of failures is written beside it (.md)
  --k           passages asked for (topK) and the cut-off for hit@k
  --thresholds  minimum scores; the run exits 1 when one is not reached (skipped if the file is absent)`;

const evalArgsSchema = z.object({
  set: z.string().min(1).default('eval/questions.jsonl'),
  url: z.url({ protocol: /^https?$/ }).optional(),
  out: z.string().min(1).default('eval/reports/latest.json'),
  k: z.coerce.number().int().min(1).max(50).default(5),
  thresholds: z.string().min(1).default('eval/thresholds.json'),
  help: z.boolean().default(false),
});
export type EvalArgs = z.infer<typeof evalArgsSchema>;

/** Parses `argv` (without node and script); throws `EVAL_USAGE` naming the bad option. */
export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        set: { type: 'string' },
        url: { type: 'string' },
        out: { type: 'string' },
        k: { type: 'string' },
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
  return parsed.data;
}
