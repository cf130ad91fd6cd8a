/**
 * `npm run bench:references -- [--corpus 100000] [--rounds 3]`: what finding the
 * articles a question names (`findDocumentReferences`) costs per question on the
 * synthetic corpus, the catalogue built from the articles' text. The questions are the
 * development sets' (not the holdouts') and, for every 50th article, questions that name
 * it by title, id, publisher and date. Prints figures; asserts nothing.
 */
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDocumentCatalogue } from '../src/answer/analyze/document-catalogue.js';
import { findDocumentReferences } from '../src/answer/analyze/find-document-references.js';
import { createTextParser } from '../src/answer/analyze/parse-text.js';
import { loadDocuments } from '../src/ingest/load-documents.js';
import { prepareCorpus } from './bench-workspace.js';
import { round, summarizeLatencies } from './measure.js';
import { markdownTable } from './report-table.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '3' },
  },
});
const DEVELOPMENT_SETS = ['seeds', 'aviation', 'civic', 'earnings', 'football', 'releases'];

async function main() {
  const corpus = await prepareCorpus(Number(values.corpus));
  const documents = await loadDocuments(corpus.dir);
  let started = performance.now();
  const catalogue = createDocumentCatalogue(documents);
  await catalogue.prepare();
  const buildMs = performance.now() - started;
  const questions: string[] = [];
  for (const set of DEVELOPMENT_SETS)
    for (const line of (await readFile(join('eval/sets', set, 'questions.jsonl'), 'utf8')).split(
      '\n',
    ))
      if (line.trim()) questions.push((JSON.parse(line) as { question: string }).question);
  const development = questions.length;
  documents.forEach((document, position) => {
    if (position % 50 !== 0) return;
    questions.push(
      `What does "${document.title}" say?`,
      `Summarize ${document.docId}.`,
      ...(document.source ? [`What did the ${document.source} piece report?`] : []),
      ...(document.date ? [`What happened in the ${document.date} report?`] : []),
    );
  });
  const parser = createTextParser();
  const parsed = questions.map((question) => parser.parse(question));
  const rows: Record<string, string | number>[] = [];
  let named = 0;
  for (let roundIndex = 0; roundIndex < Number(values.rounds); roundIndex++) {
    const ms: number[] = [];
    named = 0;
    started = performance.now();
    for (const question of parsed) {
      const t0 = performance.now();
      const found = findDocumentReferences(question, catalogue);
      ms.push(performance.now() - t0);
      if (found.documents.length > 0) named += 1;
    }
    const summary = summarizeLatencies(ms);
    const dev = summarizeLatencies(ms.slice(0, development));
    rows.push({
      round: roundIndex + 1,
      'all p50 / p95 / mean ms': `${round(summary.p50, 2)} / ${round(summary.p95, 2)} / ${round(summary.mean, 2)}`,
      'development sets p50 / p95 / mean ms': `${round(dev.p50, 2)} / ${round(dev.p95, 2)} / ${round(dev.mean, 2)}`,
      'round s': round((performance.now() - started) / 1000, 2),
    });
  }
  process.stdout.write(
    `findDocumentReferences: ${documents.length} articles, ${questions.length} questions ` +
      `(${development} of the development sets; ${named} name articles), catalogue ` +
      `${round(buildMs / 1000, 2)} s, load ${loadavg()
        .map((value) => value.toFixed(1))
        .join(' ')}\n\n${markdownTable(rows)}\n`,
  );
}

await main();
