// Every set under eval/sets/ is well-formed and consistent with its own corpus
// (sources exist, every expected answer and `all` string is in one of its
// sources); the seeds set covers what the issue asks for.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { categoriesOf, type EvalCase } from '../../src/eval/eval-case.js';
import { discoverEvalSets } from '../../src/eval/load-eval-sets.js';
import { containsAnswer } from '../../src/eval/normalize-answer.js';
import { loadEvalSet } from '../../src/eval/parse-eval-set.js';
import { loadDocuments } from '../../src/ingest/load-documents.js';

const setsDir = fileURLToPath(new URL('../../eval/sets/', import.meta.url));
const sets = await Promise.all(
  (await discoverEvalSets(setsDir)).map(async (set) => ({
    ...set,
    cases: await loadEvalSet(set.questionsPath),
    corpus: new Map(
      (await loadDocuments(set.corpusDir)).map((document) => [document.docId, document.fileText]),
    ),
  })),
);

/** Every expected string that none of its case's sources contains, as "id: string". */
function stringsMissingFromSources(cases: readonly EvalCase[], corpus: Map<string, string>) {
  return cases.flatMap((evalCase) =>
    // A yes-no case's answer is a verdict, not a string of the article.
    [...(evalCase.kind === 'yes-no' ? [] : evalCase.answers), ...(evalCase.all ?? [])]
      .filter(
        (expected) =>
          !evalCase.sources.some((docId) => containsAnswer(corpus.get(docId) ?? '', expected)),
      )
      .map((expected) => `${evalCase.id}: "${expected}"`),
  );
}

describe.each(sets)('eval set $name', ({ cases, corpus }) => {
  it('names only documents that exist in its corpus', () => {
    const unknown = cases.flatMap((evalCase) =>
      evalCase.sources
        .filter((docId) => !corpus.has(docId))
        .map((docId) => `${evalCase.id}: ${docId}`),
    );
    expect(unknown).toEqual([]);
  });

  it('finds every expected answer and `all` string, normalised, in one of its case\u2019s sources', () => {
    expect(stringsMissingFromSources(cases, corpus)).toEqual([]);
  });
});

describe('eval set seeds', () => {
  const seeds = sets.find((set) => set.name === 'seeds')!;

  it('has at least 100 cases, 10 follow-ups and 20 unanswerable questions, each with a kind', () => {
    const { cases } = seeds;
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(
      cases.filter((evalCase) => categoriesOf(evalCase).includes('follow-up')).length,
    ).toBeGreaterThanOrEqual(10);
    expect(cases.filter((evalCase) => !evalCase.answerable).length).toBeGreaterThanOrEqual(20);
    expect(cases.filter((evalCase) => evalCase.kind === undefined)).toEqual([]);
  });

  it('covers every article and has questions whose sources span two articles', () => {
    const cited = new Set(seeds.cases.flatMap((evalCase) => evalCase.sources));
    expect([...seeds.corpus.keys()].filter((docId) => !cited.has(docId))).toEqual([]);
    expect(
      seeds.cases.filter((evalCase) => evalCase.sources.length >= 2).length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('keeps expected answers short', () => {
    const long = seeds.cases.flatMap((evalCase) =>
      evalCase.answers.filter((answer) => answer.split(/\s+/).length > 6),
    );
    expect(long).toEqual([]);
  });
});
