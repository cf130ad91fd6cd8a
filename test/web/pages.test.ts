import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatResponse } from '../../src/answer/chat-types.js';
import type { Deps } from '../../src/deps.js';
import { appDepsFrom, createApp } from '../../src/http/create-app.js';
import { WEB_ASSETS } from '../../src/http/web/create-web-routes.js';
import { createSeedDeps } from '../helpers/seed-deps.js';

let deps: Deps;
beforeAll(async () => {
  deps = await createSeedDeps();
});

const appFor = () => createApp(appDepsFrom(deps));
const text = async (path: string) => {
  const response = await appFor().request(path);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: await response.text(),
  };
};

describe('the chat page', () => {
  it('is a standards-mode HTML page with the question form, the conversation list and the passage viewer', async () => {
    const page = await text('/');
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html/);
    expect(page.body.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page.body).toContain(
      '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    );
    for (const id of ['ask-form', 'question', 'messages', 'new-conversation', 'passage-viewer']) {
      expect(page.body).toContain(`id="${id}"`);
    }
    expect(page.body).toContain('<script type="module" src="/assets/chat.js"></script>');
  });

  it('offers example questions drawn from the indexed articles, which follow the documents', async () => {
    const examples = (body: string) =>
      [...body.matchAll(/data-question="([^"]+)"/gu)].map((match) => match[1] ?? '');
    const all = examples((await text('/')).body);
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(all.some((question) => question.includes('Iran, Pakistan Weigh Plans'))).toBe(true);

    const documents = [...deps.documents];
    const onlyLast = createApp({ ...appDepsFrom(deps), documents: documents.slice(-1) });
    const fewer = examples(await (await onlyLast.request('/')).text());
    expect(fewer).toHaveLength(1);
    expect(fewer[0]).toContain('Balochistan: Iran and Pakistan Agree');
    // The list is read per request: a document added later shows up without a restart.
    const live: typeof documents = [];
    const growing = createApp({ ...appDepsFrom(deps), documents: live });
    expect(examples(await (await growing.request('/')).text())).toEqual([]);
    live.push(...documents.slice(2, 3));
    expect(examples(await (await growing.request('/')).text())).toHaveLength(1);
  });

  it('serves every script and stylesheet it loads, with its content type', async () => {
    for (const file of WEB_ASSETS) {
      const asset = await text(`/assets/${file}`);
      expect(asset.status, file).toBe(200);
      expect(asset.type, file).toMatch(/^(text\/javascript|text\/css|image\/svg\+xml)/);
    }
    const chat = await text('/assets/chat.js');
    for (const [, imported] of chat.body.matchAll(/from '\.\/([\w-]+\.js)'/gu)) {
      expect(WEB_ASSETS as readonly string[], `chat.js imports ${imported}`).toContain(imported);
    }
  });

  it('serves only listed assets, whatever the path asks for', async () => {
    for (const path of [
      '/assets/missing.js',
      '/assets/..%2Fcreate-web-routes.tsx',
      '/assets/%2E%2E%2F%2E%2E%2Fcreate-app.ts',
    ]) {
      const response = await text(path);
      expect(response.status, path).toBe(404);
      expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'not_found' } });
    }
  });
});

describe('the documents view', () => {
  it('lists every indexed article with its title, date, source and chunk count', async () => {
    const page = await text('/documents');
    expect(page.status).toBe(200);
    const rows = [...page.body.matchAll(/<tr><td><a href="\/documents\/([^"]+)">/gu)].map(
      (match) => match[1],
    );
    expect(rows).toEqual(deps.documents.map((document) => document.docId));
    const first = deps.documents.find((document) => document.date && document.source);
    expect(first).toBeDefined();
    const chunks = deps.index.chunks.filter((chunk) => chunk.docId === first?.docId).length;
    expect(page.body).toContain(
      `<td>${first?.date}</td><td>${first?.source}</td><td class="number">${chunks}</td>`,
    );
    expect(page.body).toContain(
      `${deps.documents.length} articles indexed, ${deps.index.chunks.length} chunks.`,
    );
  });

  it("opens an article with a citation's quote highlighted at its offsets", async () => {
    const answer = (await (
      await appFor().request('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          messages: [{ role: 'user', content: 'What rank are the liaison officers?' }],
        }),
      })
    ).json()) as ChatResponse;
    const citation = answer.citations[0];
    expect(citation).toBeDefined();
    if (!citation) return;
    const page = await text(
      `/documents/${citation.docId}?start=${citation.start}&end=${citation.end}`,
    );
    expect(page.status).toBe(200);
    const marked = /<mark id="passage">([\s\S]*?)<\/mark>/u.exec(page.body)?.[1];
    const escape = (value: string) =>
      value
        .replace(/&/gu, '&amp;')
        .replace(/</gu, '&lt;')
        .replace(/>/gu, '&gt;')
        .replace(/"/gu, '&quot;')
        .replace(/'/gu, '&#39;');
    expect(marked).toBe(escape(citation.quote));
  });

  it('shows the cleaned article, the headline ingestion removed folded away as not part of it', async () => {
    const page = await text('/documents/004_d8be782e761c7253');
    const furniture = /<details class="furniture"><summary>([^<]+)<\/summary><p>([^<]+)<\/p>/u.exec(
      page.body,
    );
    expect(furniture?.[1]).toMatch(/Not part of the article/u);
    expect(furniture?.[2]).toBe(
      'Pakistan Military Offensives: Punjabi Army Will Not Succeed in Balochistan',
    );
    // The title line is the page heading, not repeated in the text.
    expect(
      page.body.match(/Iran and Pakistan Agree to Appoint High-Ranking Officials/gu),
    ).toHaveLength(2);
  });

  it('shows the article without a highlight when the offsets are out of range or malformed', async () => {
    const document = deps.documents[0];
    if (!document) throw new Error('no seed documents');
    for (const query of [
      `start=5&end=${document.fileText.length + 1}`,
      'start=9&end=3',
      'start=a&end=4',
      'start=3',
    ]) {
      const page = await text(`/documents/${document.docId}?${query}`);
      expect(page.status, query).toBe(200);
      expect(page.body, query).not.toContain('<mark');
    }
  });

  it('answers an unknown article with a 404 page', async () => {
    const page = await text('/documents/no-such-doc');
    expect(page.status).toBe(404);
    expect(page.type).toMatch(/^text\/html/);
    expect(page.body).toContain('No document with id &quot;no-such-doc&quot;.');
  });
});
