import { describe, expect, it } from 'vitest';
import { EvalError } from '../../src/eval/eval-error.js';
import { parseEvalSet } from '../../src/eval/parse-eval-set.js';

const good =
  '{"id":"q01","question":"How long is the border?","answers":["909"],"sources":["doc-a"],"answerable":true}';
const unanswerable =
  '{"id":"q02","question":"Who won?","answers":[],"sources":[],"answerable":false}';

function parseError(text: string): EvalError {
  try {
    parseEvalSet(text);
  } catch (error) {
    if (error instanceof EvalError) return error;
    throw error;
  }
  throw new Error('expected the set to be rejected');
}

describe('parseEvalSet', () => {
  it('parses cases, skipping blank lines, and keeps the history of follow-ups', () => {
    const followUp =
      '{"id":"q03","question":"How many did it kill?","history":[{"role":"user","content":"Which attack?"},{"role":"assistant","content":"The bus ambush."}],"answers":["14"],"sources":["doc-b"],"answerable":true}';
    const cases = parseEvalSet(`${good}\n\n${unanswerable}\n${followUp}\n`);
    expect(cases.map((evalCase) => evalCase.id)).toEqual(['q01', 'q02', 'q03']);
    expect(cases[2]?.history).toHaveLength(2);
  });

  it('names the line and the field of a wrong type', () => {
    const error = parseError(
      `${good}\n{"id":"q02","question":"Q?","answers":"909","sources":[],"answerable":true}`,
    );
    expect(error.code).toBe('EVAL_SET_INVALID');
    expect(error.message).toMatch(/line 2: field "answers"/);
  });

  it('names the line of invalid JSON', () => {
    expect(parseError(`${good}\n${unanswerable}\n{"id": "q03",`).message).toMatch(
      /line 3: not valid JSON/,
    );
  });

  it('names a missing field, an unknown field and a bad history role', () => {
    const message = parseError(
      [
        '{"id":"q01","answers":["x"],"sources":["d"],"answerable":true}',
        '{"id":"q02","question":"Q?","answer":["x"],"answers":["x"],"sources":["d"],"answerable":true}',
        '{"id":"q03","question":"Q?","history":[{"role":"system","content":"x"}],"answers":["x"],"sources":["d"],"answerable":true}',
      ].join('\n'),
    ).message;
    expect(message).toMatch(/line 1: field "question"/);
    expect(message).toMatch(/line 2: field "answer"/);
    expect(message).toMatch(/line 3: field "history\.0\.role"/);
  });

  it('rejects answers or sources that contradict answerable', () => {
    const message = parseError(
      [
        '{"id":"q01","question":"Q?","answers":[],"sources":["d"],"answerable":true}',
        '{"id":"q02","question":"Q?","answers":[],"sources":["d"],"answerable":false}',
      ].join('\n'),
    ).message;
    expect(message).toMatch(/line 1: field "answers": must be at least one entry/);
    expect(message).toMatch(/line 2: field "sources": must be empty/);
  });

  it('parses an optional kind and the `all` strings', () => {
    const [evalCase] = parseEvalSet(
      '{"id":"q01","question":"Which ports?","kind":"list","answers":["Gwadar"],"all":["Gwadar","Charbahar"],"sources":["d"],"answerable":true}',
    );
    expect(evalCase).toMatchObject({ kind: 'list', all: ['Gwadar', 'Charbahar'] });
  });

  it('names an unknown kind, an `all` that is not a list of strings, and `all` on an unanswerable case', () => {
    const message = parseError(
      [
        '{"id":"q01","question":"Q?","kind":"essay","answers":["x"],"sources":["d"],"answerable":true}',
        '{"id":"q02","question":"Q?","answers":["x"],"all":"x","sources":["d"],"answerable":true}',
        '{"id":"q03","question":"Q?","answers":["x"],"all":[],"sources":["d"],"answerable":true}',
        '{"id":"q04","question":"Q?","answers":[],"all":["x"],"sources":[],"answerable":false}',
      ].join('\n'),
    ).message;
    expect(message).toMatch(/line 1: field "kind"/);
    expect(message).toMatch(/line 2: field "all"/);
    expect(message).toMatch(/line 3: field "all"/);
    expect(message).toMatch(/line 4: field "all": must be absent when answerable is false/);
  });

  it('requires one verdict, yes or no, as the answer of an answerable yes-no case', () => {
    const yesNo = (answers: string, answerable = true) =>
      `{"id":"q${answers.length}${answerable}","question":"Q?","kind":"yes-no","answers":${answers},"sources":${answerable ? '["d"]' : '[]'},"answerable":${answerable}}`;
    expect(parseEvalSet([yesNo('["Yes"]'), yesNo('[]', false)].join('\n'))).toHaveLength(2);
    for (const answers of ['["909"]', '["yes","no"]'])
      expect(parseError(yesNo(answers)).message).toMatch(
        /line 1: field "answers": must be \["yes"\] or \["no"\] when kind is yes-no/,
      );
  });

  it('rejects a duplicate id, naming the line it first appeared on', () => {
    expect(parseError(`${good}\n${good}`).message).toMatch(
      /line 2: field "id": duplicate id "q01" \(first on line 1\)/,
    );
  });

  it('rejects an empty set', () => {
    expect(parseError('\n\n').message).toMatch(/no cases/);
  });
});
