/**
 * The Slack app manifests: one for each door, with the `/ask` usage hint
 * drawn from the indexed titles; the committed files are what
 * `npm run slack:manifest` prints for the seed articles.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadDocuments } from '../../src/ingest/load-documents.js';
import { createSlackManifest } from '../../src/slack/create-slack-manifest.js';
import { createExampleQuestions } from '../../src/slack/example-questions.js';

async function seedExample(): Promise<string | undefined> {
  const documents = await loadDocuments('seeds');
  return createExampleQuestions(documents.map((document) => document.title))[0];
}

describe('the Slack app manifest', () => {
  it('points every request URL at the public address over HTTP', () => {
    const manifest = createSlackManifest({
      mode: 'http',
      publicUrl: 'https://answers.example.org/',
      exampleQuestion: "What do the articles say about the mayor's budget?",
    });
    for (const path of ['events', 'commands', 'interactions']) {
      expect(manifest).toContain(`https://answers.example.org/slack/${path}\n`);
    }
    expect(manifest).toContain("usage_hint: 'What do the articles say about the mayor''s budget?'");
    expect(manifest).toContain('socket_mode_enabled: false');
  });

  it('has no request URLs and enables Socket Mode for the socket door', () => {
    const manifest = createSlackManifest({ mode: 'socket', exampleQuestion: 'Q?' });
    expect(manifest).not.toMatch(/url:/);
    expect(manifest).toContain('socket_mode_enabled: true');
    expect(manifest).toContain('app_mention');
  });

  it('is committed for both doors as generated from the seed titles', async () => {
    const exampleQuestion = await seedExample();
    expect(exampleQuestion).toMatch(/^What do the articles say about .+\?$/);
    expect(await readFile('slack/manifest.yml', 'utf8')).toBe(
      createSlackManifest({ mode: 'http', exampleQuestion }),
    );
    expect(await readFile('slack/manifest.socket-mode.yml', 'utf8')).toBe(
      createSlackManifest({ mode: 'socket', exampleQuestion }),
    );
  });
});

describe('example questions', () => {
  it('asks about the shortest complete titles and skips cut-off ones', () => {
    expect(
      createExampleQuestions([
        'A very long headline about the central bank raising its main rate again this spring',
        'The first outcomes of the engagement are here and we must be…',
        'Stocks climb on rates.',
        'Short',
      ]),
    ).toEqual([
      'What do the articles say about Stocks climb on rates?',
      'What do the articles say about A very long headline about the central bank raising its main rate again this spring?',
    ]);
    expect(createExampleQuestions([])).toEqual([]);
  });
});
