import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createLiveTestApp, fixture, sendJson, uploadFile } from './live-app-kit.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function liveApp(env: Record<string, string> = {}) {
  const kit = await createLiveTestApp(env);
  cleanups.push(kit.cleanup);
  const files = async () => (await readdir(kit.seedsDir, { recursive: true })).sort();
  const documents = async () =>
    (await (await kit.app.request('/api/documents')).json()).documents.length as number;
  return { ...kit, files, documents };
}

describe('bad documents are refused with a clear status and change nothing', () => {
  it('answers 403 to every write while ADMIN_TOKEN is unset, and 401 to a wrong key', async () => {
    const { app } = await liveApp({ ADMIN_TOKEN: '' });
    const bytes = await fixture('harbour-article.html');
    const upload = await uploadFile(app, { bytes, name: 'a.html', type: 'text/html' });
    expect(upload.status).toBe(403);
    expect((await upload.json()).error.code).toBe('writes_disabled');
    expect(
      (await app.request('/api/documents/001_107dfff3603230d6', { method: 'DELETE' })).status,
    ).toBe(403);

    const keyed = await liveApp();
    const wrong = await uploadFile(keyed.app, {
      bytes,
      name: 'a.html',
      type: 'text/html',
      headers: { authorization: 'Bearer not-the-key' },
    });
    expect(wrong.status).toBe(401);
    expect((await keyed.app.request('/api/documents/x', { method: 'DELETE' })).status).toBe(401);
  });

  it('answers 415 naming the accepted types for an unsupported file or body', async () => {
    const { app, files } = await liveApp();
    const before = await files();
    const image = await uploadFile(app, {
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      name: 'photo.png',
      type: 'image/png',
    });
    expect(image.status).toBe(415);
    const { error } = await image.json();
    expect(error.code).toBe('unsupported_media_type');
    expect(error.message).toMatch(/application\/pdf \(\.pdf\).*\.docx/);
    const xml = await app.request('/api/documents', {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/xml' },
      body: '<a/>',
    });
    expect(xml.status).toBe(415);
    expect(await files()).toEqual(before);
  });

  it('answers 413 for a document over MAX_UPLOAD_BYTES', async () => {
    const { app, files } = await liveApp({ MAX_UPLOAD_BYTES: '2000' });
    const before = await files();
    const response = await uploadFile(app, {
      bytes: await fixture('harbour-article.html'),
      name: 'big.html',
      type: 'text/html',
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('payload_too_large');
    expect(await files()).toEqual(before);
  });

  it.each([
    ['encrypted.pdf', /encrypted/],
    ['scanned.pdf', /no text layer/],
    ['corrupt.pdf', /corrupt/],
    ['no-article.html', /no article text/],
  ])('answers 422 with the reason for %s and indexes nothing', async (name, reason) => {
    const { app, files, documents } = await liveApp();
    const [before, count] = [await files(), await documents()];
    const response = await uploadFile(app, {
      bytes: await fixture(name),
      name,
      type: name.endsWith('.pdf') ? 'application/pdf' : 'text/html',
    });
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.code).toBe('unprocessable_document');
    expect(error.message).toMatch(reason);
    expect(await files()).toEqual(before);
    expect(await documents()).toBe(count);
  });

  it('skips an unreadable PDF found in the seeds folder at start-up, with a warning naming it', async () => {
    const logLines: string[] = [];
    const kit = await createLiveTestApp(
      { LOG_LEVEL: 'info' },
      { extraFiles: ['scanned.pdf'], logLines },
    );
    cleanups.push(kit.cleanup);
    expect(logLines.join('\n')).toMatch(/skipping scanned\.pdf: The PDF has no text layer/);
    expect((await kit.app.request('/api/documents/scanned')).status).toBe(404);
  });

  it('reports a duplicate upload (same content) and does not index it twice', async () => {
    const { app, documents } = await liveApp();
    const bytes = await fixture('two-column.pdf');
    expect(
      (await uploadFile(app, { bytes, name: 'two-column.pdf', type: 'application/pdf' })).status,
    ).toBe(201);
    const count = await documents();
    const again = await uploadFile(app, { bytes, name: 'copy-of-it.pdf', type: 'application/pdf' });
    expect(again.status).toBe(409);
    const { error } = await again.json();
    expect(error).toMatchObject({ code: 'duplicate_document' });
    expect(error.message).toMatch(/"two-column"/);
    expect(await documents()).toBe(count);
  });

  it('refuses a JSON body with neither text nor html, and an id that is taken', async () => {
    const { app } = await liveApp();
    expect((await sendJson(app, '/api/documents', 'POST', { docId: 'x' })).status).toBe(400);
    const taken = await sendJson(app, '/api/documents', 'POST', {
      docId: '001_107dfff3603230d6',
      text: 'A different article about something else entirely, long enough.',
    });
    expect(taken.status).toBe(409);
    expect((await taken.json()).error.code).toBe('document_exists');
  });
});
