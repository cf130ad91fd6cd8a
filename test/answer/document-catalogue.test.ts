/**
 * The document catalogue finds the articles a question names through its
 * indexes, not by walking every article: the same articles and words as a
 * walk over all of them, also after the corpus changes under it.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSyntheticCorpus } from '../../bench/synthetic-corpus.js';
import {
  createDocumentCatalogue,
  type DocumentCatalogue,
} from '../../src/answer/analyze/document-catalogue.js';
import { findDocumentReferences } from '../../src/answer/analyze/find-document-references.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import type { SourceDocument } from '../../src/ingest/document-types.js';
import { loadDocuments, parseSourceDocument } from '../../src/ingest/load-documents.js';
import { documentKeys } from '../../src/text/document-keys.js';

const parser = createTextParser();
let documents: SourceDocument[];
let questions: string[];

/** The same catalogue, its lookups replaced by a walk over every article (what they replace). */
function walking(catalogue: DocumentCatalogue): DocumentCatalogue {
  const all = () => catalogue.documents.map((document) => document.docId);
  const keys = (docId: string) => catalogue.keys.get(docId)!;
  return {
    ...catalogue,
    inOrder: (ids) => {
      const wanted = new Set(ids);
      return catalogue.documents.filter((document) => wanted.has(document.docId));
    },
    index: {
      ...catalogue.index,
      idsIn: (text) => all().filter((docId) => text.includes(docId)),
      withPrefix: (run) => all().filter((docId) => keys(docId).prefix?.test(run) === true),
      publishers: (lemma) => {
        const byName = new Map<string, { lemmas: string[]; key: string; ids: Set<string> }>();
        for (const docId of all()) {
          const { source } = keys(docId);
          if (source[0] !== lemma) continue;
          const key = source.join(' ');
          const publisher = byName.get(key) ?? { lemmas: source, key, ids: new Set() };
          publisher.ids.add(docId);
          byName.set(key, publisher);
        }
        return byName.values();
      },
      inMonth: (month) =>
        all().filter((docId) => catalogue.byId.get(docId)!.date?.slice(0, 7) === month),
      titlesCoveredBy: () => all(),
      titleCandidates: () => undefined,
      edgeCandidates: () => undefined,
      withHeaderLemma: (lemma) =>
        all().filter((docId) => catalogue.headers.get(docId)?.has(lemma) === true),
    },
  };
}

const references = (catalogue: DocumentCatalogue, question: string) => {
  const found = findDocumentReferences(parser.parse(question), catalogue);
  return { documents: found.documents, words: [...found.words] };
};

beforeAll(async () => {
  // Every eval set's articles in one corpus: several publishers, dates, titles and ids.
  const sets = await readdir('eval/sets');
  documents = [];
  questions = [];
  for (const set of sets) {
    const folder = set === 'seeds' ? 'seeds' : join('eval/sets', set, 'corpus');
    documents.push(...(await loadDocuments(folder)));
    for (const line of (await readFile(join('eval/sets', set, 'questions.jsonl'), 'utf8')).split(
      '\n',
    ))
      if (line.trim()) questions.push((JSON.parse(line) as { question: string }).question);
  }
  // Questions that name articles every way the catalogue knows.
  for (const document of documents) {
    const edges = documentKeys(document).edges;
    const byline = /by ([a-z]+ [a-z]+)/u.exec(edges)?.[1];
    questions.push(
      `What does "${document.title}" say?`,
      `Summarize ${document.docId}.`,
      `What is in article ${document.docId.slice(0, 3)}?`,
      ...(document.source ? [`What did the ${document.source} piece report?`] : []),
      ...(document.date ? [`What happened in the ${document.date} report?`] : []),
      ...(byline ? [`What did ${byline.replace(/\b\w/gu, (c) => c.toUpperCase())} write?`] : []),
    );
  }
});

describe('the document catalogue', () => {
  it('finds through its indexes the articles and words a walk over every article finds', () => {
    const catalogue = createDocumentCatalogue(documents);
    const walk = walking(catalogue);
    expect(documents.length).toBeGreaterThan(40);
    let named = 0;
    for (const question of questions) {
      const found = references(catalogue, question);
      expect(found, question).toEqual(references(walk, question));
      if (found.documents.length > 0) named += 1;
    }
    // The comparison means something: many questions name articles.
    expect(named).toBeGreaterThan(questions.length / 4);
  });

  it('after a change, finds what a catalogue built afresh over the new documents finds', () => {
    const [first, second, third, ...rest] = documents;
    const catalogue = createDocumentCatalogue(documents);
    const replaced = parseSourceDocument(
      second!.path,
      `A harbour reopens at Quillon\n\nSource: Quillon Gazette\n\ndate 2021-07-04\n\nThe Quillon harbour reopened after the storm, the port authority said.\n`,
    );
    const added = parseSourceDocument(
      '/c/900_added.txt',
      `Tram line extended\n\nBy Ada Merriweather, Tramway Courier, 3 March 2020\n\nThe tram line now reaches the airport.\n`,
    );
    // `third` removed, `second` replaced (a new object), one added at the end.
    const next = [first!, replaced, ...rest, added];
    catalogue.update(next);
    const fresh = createDocumentCatalogue(next);
    for (const question of [
      ...questions,
      'What did the Quillon Gazette piece say?',
      'What did the Tramway Courier report in March 2020?',
      'What did Ada Merriweather write?',
      `Summarize ${third!.docId}.`,
    ])
      expect(references(catalogue, question), question).toEqual(references(fresh, question));
    expect(references(catalogue, 'What did the Quillon Gazette piece say?').documents).toEqual([
      second!.docId,
    ]);
    // The same sets by document (in another order: the changed documents came last).
    expect(new Map(catalogue.headers)).toEqual(new Map(fresh.headers));
    expect(catalogue.edges).toEqual(fresh.edges);
    for (const lemma of ['quillon', 'gazette', 'tram', 'harbour', 'iran', 'the'])
      expect(catalogue.bodyCount(lemma), lemma).toBe(fresh.bodyCount(lemma));
  });

  it('finds what a walk finds on a generated archive where publishers and title words head hundreds of articles', async () => {
    const seeds = await loadDocuments('seeds');
    const articles = createSyntheticCorpus({ seeds, targetChunks: 2500, seed: 7 }).articles.map(
      (article) => parseSourceDocument(`/g/${article.name}`, article.text),
    );
    const catalogue = createDocumentCatalogue(articles);
    const asked: string[] = [];
    articles.forEach((document, position) => {
      if (position % 9 !== 0) return;
      const words = document.title.split(/\s+/u);
      asked.push(
        `What does "${document.title}" say?`,
        `Why ${words.slice(0, Math.ceil(words.length * 0.6)).join(' ')}?`,
        `Summarize ${document.docId}.`,
        `What is in article ${document.docId.slice(0, 3)}?`,
        ...(document.source ? [`What did the ${document.source} piece report?`] : []),
        ...(document.date
          ? [
              `What happened in the ${document.date} report?`,
              `What did ${document.date.slice(0, 7)} bring?`,
            ]
          : []),
      );
    });
    const check = (current: DocumentCatalogue) => {
      const walk = walking(current);
      for (const question of asked)
        expect(references(current, question), question).toEqual(references(walk, question));
    };
    check(catalogue);
    // A publisher's name and a common title name hundreds of articles here.
    const dawn = references(catalogue, 'What did the Dawn piece report?').documents.length;
    expect(dawn).toBeGreaterThan(articles.length / 10);
    const [first, , third, ...rest] = articles;
    const renamed = parseSourceDocument(
      third!.path,
      third!.fileText.replace(third!.title, 'Border talks resume at Taftan crossing'),
    );
    catalogue.update([renamed, ...rest, first!]);
    check(catalogue);
  });

  it('takes keys the store kept instead of reading the documents’ text', () => {
    const kept = new Map(documents.map((document) => [document.docId, documentKeys(document)]));
    const textless = documents.map((document) => {
      const { docId, title, date, source } = document;
      return new Proxy(document, {
        get(target, field: keyof SourceDocument) {
          if (['fileText', 'cleanText', 'metadata', 'paragraphs'].includes(field))
            throw new Error(`read ${field} of ${docId}`);
          return { docId, title, date, source }[field as 'docId'] ?? target[field];
        },
      });
    });
    const catalogue = createDocumentCatalogue(textless, {
      storedKeys: kept,
      bodyFrequency: () => 0,
    });
    expect(catalogue.headers).toEqual(createDocumentCatalogue(documents).headers);
  });
});
