// The project's eval set is well-formed, covers what the issue asks for, and
// every expected answer can actually be found in one of its sources.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categoriesOf } from '../../src/eval/eval-case.js';
import { containsAnswer } from '../../src/eval/normalize-answer.js';
import { parseEvalSet } from '../../src/eval/parse-eval-set.js';

const seedsDir = new URL('../../seeds/', import.meta.url);
const seeds = new Map(
  readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => [name.replace(/\.txt$/, ''), readFileSync(new URL(name, seedsDir), 'utf8')]),
);
const load = (name: string) =>
  parseEvalSet(readFileSync(new URL(`../../eval/${name}`, import.meta.url), 'utf8'));
const cases = load('questions.jsonl');

/** Every expected answer that none of its case's sources contains, as "id: answer". */
function answersMissingFromSources(set: typeof cases): string[] {
  return set.flatMap((evalCase) =>
    evalCase.answers
      .filter(
        (answer) =>
          !evalCase.sources.some((docId) => containsAnswer(seeds.get(docId) ?? '', answer)),
      )
      .map((answer) => `${evalCase.id}: "${answer}"`),
  );
}

describe('eval/holdout.jsonl, the set written without looking at the system', () => {
  const holdout = load('holdout.jsonl');
  it('finds every expected answer in one of its sources', () => {
    expect(answersMissingFromSources(holdout)).toEqual([]);
  });
});

describe('eval/questions.jsonl', () => {
  it('has at least 60 cases, 6 follow-ups and 10 unanswerable questions', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(
      cases.filter((evalCase) => categoriesOf(evalCase).includes('follow-up')).length,
    ).toBeGreaterThanOrEqual(6);
    expect(cases.filter((evalCase) => !evalCase.answerable).length).toBeGreaterThanOrEqual(10);
  });

  it('covers every article and has questions whose sources span two articles', () => {
    const cited = new Set(cases.flatMap((evalCase) => evalCase.sources));
    expect([...seeds.keys()].filter((docId) => !cited.has(docId))).toEqual([]);
    expect(cases.filter((evalCase) => evalCase.sources.length >= 2).length).toBeGreaterThanOrEqual(
      4,
    );
  });

  it('names only documents that exist in seeds/', () => {
    const unknown = cases.flatMap((evalCase) =>
      evalCase.sources
        .filter((docId) => !seeds.has(docId))
        .map((docId) => `${evalCase.id}: ${docId}`),
    );
    expect(unknown).toEqual([]);
  });

  it('finds every expected answer, normalised, in at least one of its case\u2019s sources', () => {
    expect(answersMissingFromSources(cases)).toEqual([]);
  });

  it('keeps expected answers short', () => {
    const long = cases.flatMap((evalCase) =>
      evalCase.answers.filter((answer) => answer.split(/\s+/).length > 5),
    );
    expect(long).toEqual([]);
  });
});
