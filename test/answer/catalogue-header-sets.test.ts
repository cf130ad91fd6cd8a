/**
 * The catalogue keeps each article's header lemmas as the keys give them and makes the set of
 * one only when it is asked for: a start over 10k articles then makes none of the 10k sets.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentCatalogue } from '../../src/answer/analyze/document-catalogue.js';
import { parseSourceDocument } from '../../src/ingest/load-documents.js';
import { documentKeys, type DocumentKeys } from '../../src/text/document-keys.js';

/** Lemmas that count how often they are read through (a set made of them reads them once). */
class CountedLemmas extends Array<string> {
  reads = 0;
  override [Symbol.iterator](): ArrayIterator<string> {
    this.reads += 1;
    return super[Symbol.iterator]();
  }
}

const texts = {
  border:
    'Iran and Pakistan agree to fence the border\n\nPublished in Dawn, February 15th, 2022\n\nOfficials met in Quetta.',
  final:
    'Rovers beat United in the cup final\n\nPublished in Evening Post, May 20th, 2023\n\nThe striker scored twice.',
};

describe('the document catalogue’s header sets', () => {
  it('are made from the stored keys only when asked for, the same sets as before', () => {
    const documents = Object.entries(texts).map(([docId, text]) =>
      parseSourceDocument(`/seeds/${docId}.txt`, text),
    );
    const headers = new Map<string, CountedLemmas>();
    const storedKeys = new Map<string, DocumentKeys>(
      documents.map((document) => {
        const keys = documentKeys(document);
        const header = CountedLemmas.from(keys.header) as CountedLemmas;
        header.reads = 0;
        headers.set(document.docId, header);
        return [document.docId, { ...keys, header }];
      }),
    );
    const catalogue = createDocumentCatalogue(documents, { storedKeys, bodyFrequency: () => 1 });
    // Read once each, to index the articles under their lemmas; no set made yet.
    expect([...headers.values()].map((header) => header.reads)).toEqual([1, 1]);
    const border = catalogue.headers.get('border');
    expect(border).toEqual(new Set(documentKeys(documents[0]!).header));
    expect(border?.has('quetta')).toBe(true);
    expect(headers.get('border')!.reads).toBe(2);
    expect(headers.get('final')!.reads).toBe(1);
    expect(catalogue.headers.get('border')).toBe(border);
    expect(catalogue.headers.get('missing')).toBeUndefined();
    expect(new Map(catalogue.headers)).toEqual(new Map(createDocumentCatalogue(documents).headers));
    expect(catalogue.index.withHeaderLemma('quetta')).toEqual(['border']);
  });
});
