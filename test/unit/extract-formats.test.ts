import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkDocuments } from '../../src/ingest/chunk-documents.js';
import { createSourceDocument } from '../../src/ingest/formats/create-source-document.js';
import { extractDocument } from '../../src/ingest/formats/extract-document.js';
import type { DocumentFormat } from '../../src/ingest/formats/document-formats.js';

const fixture = (name: string) => readFile(join('test/fixtures/documents', name));

async function extract(name: string, format: DocumentFormat) {
  const extracted = await extractDocument({ format, bytes: await fixture(name) });
  return {
    extracted,
    document: createSourceDocument({ docId: name, path: name, format, extracted }),
  };
}

describe('document formats', () => {
  it('keeps the article of an HTML page and none of its navigation, cookie banner, comments or related stories', async () => {
    const { extracted } = await extract('harbour-article.html', 'html');
    expect(extracted.text).toContain('The structure holds twelve turbines');
    expect(extracted.text).toContain('full output expected by September.');
    for (const furniture of [
      'Subscribe',
      'Accept cookies',
      'seagull77',
      'dredging though',
      'Related stories',
      'Ferry timetable',
      'Privacy policy',
      'All rights reserved',
    ])
      expect(extracted.text).not.toContain(furniture);
  });

  it('takes an HTML article’s title, author, publisher and date from the page metadata', async () => {
    const { extracted, document } = await extract('harbour-article.html', 'html');
    expect(extracted).toMatchObject({
      title: 'Harbour authority opens tidal energy barrage at Port Ellery',
      date: '2024-05-14',
      source: 'The Coastal Herald',
    });
    expect(document).toMatchObject({
      title: extracted.title,
      date: '2024-05-14',
      source: 'The Coastal Herald',
      format: 'html',
    });
    expect(extracted.text).toMatch(
      /^Harbour authority.*\nBy Mara Lindqvist\nPublished in The Coastal Herald, 14 May 2024\n\n/u,
    );
  });

  it('reads a two-column PDF column by column, with where each page starts', async () => {
    const { extracted } = await extract('two-column.pdf', 'pdf');
    const text = extracted.text;
    expect(text).toContain(
      'The Varden glasshouse cooperative harvested 640 tonnes of tomatoes between November and February',
    );
    // Left column before right column, although the lines were drawn across both in turn.
    expect(text.indexOf('draw on it after the first frost')).toBeLessThan(
      text.indexOf('Chair of the cooperative'),
    );
    expect(extracted.pageStarts).toHaveLength(2);
    expect(text.slice(extracted.pageStarts![1]!)).toMatch(/^On the second page/u);
    expect(extracted).toMatchObject({
      title: 'Glasshouse cooperative doubles winter tomato harvest',
      date: '2024-03-02',
      source: 'Farming Weekly',
    });
  });

  it('reads a Word document’s paragraphs, title and byline', async () => {
    const { extracted } = await extract('library-hours.docx', 'docx');
    expect(extracted).toMatchObject({
      title: 'Library extends opening hours for exam season',
      date: '2024-04-08',
      source: 'Campus Courier',
    });
    expect(extracted.text).toContain('Students collected 2,300 signatures');
  });

  it.each([
    ['harbour-article.html', 'html'],
    ['two-column.pdf', 'pdf'],
    ['library-hours.docx', 'docx'],
  ] as const)(
    'chunks %s into sentences that are verbatim slices of its canonical text',
    async (name, format) => {
      const { document } = await extract(name, format);
      const chunks = chunkDocuments([document]);
      expect(chunks.length).toBeGreaterThan(0);
      for (const chunk of chunks)
        for (const sentence of chunk.sentences)
          expect(chunk.text).toContain(document.fileText.slice(sentence.start, sentence.end));
    },
  );

  it.each([
    ['encrypted.pdf', 'pdf', /encrypted/],
    ['scanned.pdf', 'pdf', /no text layer/],
    ['corrupt.pdf', 'pdf', /corrupt/],
    ['no-article.html', 'html', /no article text/],
  ] as const)('refuses %s with the reason', async (name, format, reason) => {
    await expect(extract(name, format)).rejects.toMatchObject({
      code: 'unprocessable_document',
      message: expect.stringMatching(reason),
    });
  });
});
