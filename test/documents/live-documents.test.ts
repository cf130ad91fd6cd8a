import { afterEach, describe, expect, it } from 'vitest';
import type { SqliteCorpusStore } from '../../src/store/sqlite-corpus-store.js';
import { ask, createLiveTestApp, fixture, remove, sendJson, uploadFile } from './live-app-kit.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function liveApp(env: Record<string, string> = {}) {
  const kit = await createLiveTestApp(env);
  cleanups.push(kit.cleanup);
  return kit;
}

async function expectQuotesVerify(
  app: Awaited<ReturnType<typeof liveApp>>['app'],
  citations: { docId: string; quote: string; start: number; end: number }[],
) {
  for (const citation of citations) {
    const document = await (await app.request(`/api/documents/${citation.docId}`)).json();
    expect(document.text.slice(citation.start, citation.end)).toBe(citation.quote);
  }
}

describe('documents added, replaced and removed over HTTP while the server runs', () => {
  it('names an uploaded article by its publisher at once, without reading the other articles or their keys again', async () => {
    const { app, deps } = await liveApp();
    const store = deps.index.store as SqliteCorpusStore;
    const reads: string[] = [];
    const { eachDocument, readDocument, readDocumentKeys } = store;
    store.readDocumentKeys = () => {
      reads.push('every document’s keys');
      return readDocumentKeys();
    };
    store.eachDocument = function* () {
      reads.push('every document');
      yield* eachDocument();
    };
    store.readDocument = (docId) => {
      reads.push(docId);
      return readDocument(docId);
    };
    const question = [{ role: 'user' as const, content: 'What did the Coastal Herald piece say?' }];
    expect(deps.analyzer.analyze(question).documents).toEqual([]);
    const created = await uploadFile(app, {
      bytes: await fixture('harbour-article.html'),
      name: 'harbour-article.html',
      type: 'text/html',
    });
    expect(created.status).toBe(201);
    expect(reads).toEqual([]);
    expect(deps.analyzer.analyze(question).documents).toEqual(['harbour-article']);
  });

  it('uploads an HTML article, answers from it with a verbatim quote, replaces it, then deletes it', async () => {
    const { app } = await liveApp();
    const before = await ask(app, 'How many turbines does the Port Ellery tidal barrage hold?');
    expect(before.citations.some((citation) => citation.docId === 'harbour-article')).toBe(false);

    const created = await uploadFile(app, {
      bytes: await fixture('harbour-article.html'),
      name: 'harbour-article.html',
      type: 'text/html',
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      docId: 'harbour-article',
      status: 'created',
      document: {
        title: 'Harbour authority opens tidal energy barrage at Port Ellery',
        date: '2024-05-14',
        source: 'The Coastal Herald',
      },
    });

    const answer = await ask(app, 'How many turbines does the Port Ellery tidal barrage hold?');
    expect(answer.refused).toBe(false);
    expect(answer.citations[0]?.docId).toBe('harbour-article');
    expect(answer.answer).toMatch(/twelve turbines/);
    await expectQuotesVerify(app, answer.citations);

    const document = await (await app.request('/api/documents/harbour-article')).json();
    expect(document).toMatchObject({
      format: 'html',
      original: '/api/documents/harbour-article/original',
    });
    const original = await app.request(document.original);
    expect(original.headers.get('content-type')).toMatch(/text\/html/);
    expect(await original.text()).toContain('<article class="story">');

    const replaced = await sendJson(app, '/api/documents/harbour-article', 'PUT', {
      html: (await fixture('harbour-article.html'))
        .toString('utf8')
        .replace('twelve turbines', 'sixteen turbines'),
    });
    expect(replaced.status).toBe(200);
    expect(await replaced.json()).toMatchObject({ docId: 'harbour-article', status: 'replaced' });
    const after = await ask(app, 'How many turbines does the Port Ellery tidal barrage hold?');
    expect(after.answer).toMatch(/sixteen turbines/);
    expect(after.answer).not.toMatch(/twelve/);
    await expectQuotesVerify(app, after.citations);

    expect((await remove(app, 'harbour-article')).status).toBe(200);
    const gone = await ask(app, 'How many turbines does the Port Ellery tidal barrage hold?');
    expect(gone.citations.some((citation) => citation.docId === 'harbour-article')).toBe(false);
    expect(gone.refused).toBe(true);
    expect((await app.request('/api/documents/harbour-article')).status).toBe(404);
    const list = await (await app.request('/api/documents')).json();
    expect(
      list.documents.some((entry: { docId: string }) => entry.docId === 'harbour-article'),
    ).toBe(false);
  });

  it('answers from an uploaded two-column PDF with the page of each citation', async () => {
    const { app } = await liveApp();
    const created = await uploadFile(app, {
      bytes: await fixture('two-column.pdf'),
      name: 'two-column.pdf',
      type: 'application/pdf',
    });
    expect(created.status).toBe(201);
    const first = await ask(
      app,
      'How many tonnes of tomatoes did the Varden glasshouse cooperative harvest?',
    );
    expect(first.citations[0]).toMatchObject({ docId: 'two-column', page: 1 });
    expect(first.answer).toMatch(/640 tonnes/);
    const second = await ask(app, 'Where will the Varden cooperative sell its cucumbers?');
    expect(second.citations[0]).toMatchObject({ docId: 'two-column', page: 2 });
    await expectQuotesVerify(app, [...first.citations, ...second.citations]);
  });

  it('describes the write routes in the OpenAPI document', async () => {
    const { app } = await liveApp();
    const { paths } = await (await app.request('/openapi.json')).json();
    expect(Object.keys(paths['/api/documents'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(Object.keys(paths['/api/documents/{docId}'])).toEqual(
      expect.arrayContaining(['get', 'put', 'delete']),
    );
  });

  it('answers from an uploaded Word document', async () => {
    const { app } = await liveApp();
    const created = await uploadFile(app, {
      bytes: await fixture('library-hours.docx'),
      name: 'library-hours.docx',
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      document: {
        title: 'Library extends opening hours for exam season',
        date: '2024-04-08',
        source: 'Campus Courier',
      },
    });
    const answer = await ask(app, 'How many signatures did the Halden students collect?');
    expect(answer.citations[0]?.docId).toBe('library-hours');
    expect(answer.answer).toMatch(/2,300 signatures/);
    await expectQuotesVerify(app, answer.citations);
  });
});
