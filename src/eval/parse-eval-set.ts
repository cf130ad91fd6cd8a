/**
 * Reads the JSONL eval set. Every bad line is reported with its line number
 * and the field at fault, and nothing is returned unless all lines are good,
 * so a broken set never reaches the target.
 */
import { readFile } from 'node:fs/promises';
import { EvalError } from './eval-error.js';
import { evalCaseSchema, type EvalCase } from './eval-case.js';

/** Validates the text of a JSONL eval set; throws `EVAL_SET_INVALID` naming each bad line. */
export function parseEvalSet(
  text: string,
  { name = 'eval set' }: { name?: string } = {},
): EvalCase[] {
  const cases: EvalCase[] = [];
  const problems: string[] = [];
  const firstLineOfId = new Map<string, number>();
  text.split(/\r?\n/).forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      problems.push(`line ${lineNumber}: not valid JSON (${(error as Error).message})`);
      return;
    }
    const result = evalCaseSchema.safeParse(json);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        const field = [...issue.path, ...keys].map(String).join('.') || '(line)';
        problems.push(`line ${lineNumber}: field "${field}": ${issue.message}`);
      }
      return;
    }
    const firstLine = firstLineOfId.get(result.data.id);
    if (firstLine !== undefined) {
      problems.push(
        `line ${lineNumber}: field "id": duplicate id "${result.data.id}" (first on line ${firstLine})`,
      );
      return;
    }
    firstLineOfId.set(result.data.id, lineNumber);
    cases.push(result.data);
  });
  if (problems.length > 0) {
    throw new EvalError('EVAL_SET_INVALID', `${name} is invalid:\n  ${problems.join('\n  ')}`);
  }
  if (cases.length === 0) throw new EvalError('EVAL_SET_INVALID', `${name} has no cases`);
  return cases;
}

/** Reads and validates an eval set file. */
export async function loadEvalSet(path: string): Promise<EvalCase[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new EvalError(
      'EVAL_SET_INVALID',
      `cannot read eval set ${path}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return parseEvalSet(text, { name: path });
}
