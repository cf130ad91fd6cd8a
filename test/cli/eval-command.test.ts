import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runEvalCommand } from '../../src/cli/run-eval-command.js';
import { createInProcessTarget } from '../../src/eval/in-process-target.js';
import { createFakeCore } from '../eval/fake-core.js';

function collector() {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

/** Two small sets the fake core can answer: "border" (development) and "news" (holdout). */
const fixtureSets: Record<string, { manifest: object; questions: string[] }> = {
  border: {
    manifest: { description: 'the border article' },
    questions: [
      '{"id":"b01","question":"How long is the border?","kind":"factoid","answers":["909"],"sources":["doc-border"],"answerable":true}',
      '{"id":"b02","question":"What do we know about the border?","kind":"list","answers":["909"],"all":["909","two countries","fence"],"sources":["doc-border"],"answerable":true}',
      '{"id":"b03","question":"Who won the World Cup?","kind":"factoid","answers":[],"sources":[],"answerable":false}',
    ],
  },
  news: {
    manifest: { description: 'the ambush article', holdout: true },
    questions: [
      '{"id":"n01","question":"How many died in the ambush?","answers":["27"],"sources":["doc-ambush"],"answerable":true}',
      '{"id":"n02","question":"Were people killed in the ambush?","kind":"yes-no","answers":["yes"],"sources":["doc-ambush"],"answerable":true}',
      '{"id":"n03","question":"Who won the Tour de France?","answers":[],"sources":[],"answerable":false}',
    ],
  },
};

let dir: string;
let setsDir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eval-command-'));
  setsDir = join(dir, 'sets');
  for (const [name, { manifest, questions }] of Object.entries(fixtureSets)) {
    await mkdir(join(setsDir, name, 'corpus'), { recursive: true });
    await writeFile(join(setsDir, name, 'set.json'), JSON.stringify(manifest));
    await writeFile(join(setsDir, name, 'questions.jsonl'), questions.join('\n'));
  }
});

async function run(argv: string[], { thresholds }: { thresholds?: object } = {}) {
  if (thresholds) await writeFile(join(dir, 'thresholds.json'), JSON.stringify(thresholds));
  const stdout = collector();
  const stderr = collector();
  const loadInProcessTarget = vi.fn(async (_corpus: { seedsDir: string; indexDir: string }) =>
    createInProcessTarget(createFakeCore()),
  );
  const fetch = vi.fn<typeof globalThis.fetch>(async () => {
    throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
  });
  const status = await runEvalCommand({
    argv: [
      '--sets-dir',
      setsDir,
      '--out-dir',
      join(dir, 'out'),
      '--thresholds',
      join(dir, 'thresholds.json'),
      ...argv,
    ],
    stdout: stdout.stream,
    stderr: stderr.stream,
    loadInProcessTarget,
    indexRoot: join(dir, 'index-cache'),
    fetch,
    now: () => 0,
  });
  return { status, stdout: stdout.text(), stderr: stderr.text(), loadInProcessTarget, fetch };
}

describe('npm run eval over the sets folder', () => {
  it('runs every set in process against its own corpus, each with its own index folder', async () => {
    const result = await run([]);

    expect(result.status).toBe(0);
    expect(result.loadInProcessTarget.mock.calls.map(([corpus]) => corpus)).toEqual([
      { seedsDir: join(setsDir, 'border', 'corpus'), indexDir: join(dir, 'index-cache', 'border') },
      { seedsDir: join(setsDir, 'news', 'corpus'), indexDir: join(dir, 'index-cache', 'news') },
    ]);
    expect(result.stderr).toMatch(/\[3\/3\] b03 pass/);
    expect(result.stderr).toMatch(/\[2\/3\] n02 FAIL/);
  });

  it('finds a corpus folder named in set.json relative to the set', async () => {
    await mkdir(join(dir, 'shared-articles'));
    await writeFile(
      join(setsDir, 'news', 'set.json'),
      JSON.stringify({ description: 'elsewhere', corpus: '../../shared-articles' }),
    );
    const result = await run(['--set', 'news']);
    expect(result.loadInProcessTarget.mock.calls[0]?.[0].seedsDir).toBe(
      join(dir, 'shared-articles'),
    );
  });

  it('prints each set\u2019s tables, a per-kind breakdown and a cross-set table marking holdout sets', async () => {
    const { stdout } = await run([]);

    expect(stdout).toMatch(/== border: the border article ==/);
    expect(stdout).toMatch(/== news \(holdout\): the ambush article ==/);
    expect(stdout).toMatch(/all coverage\s+66\.7%\s+66\.7%\s+—\s+—/);
    expect(stdout).toMatch(/by kind\s+factoid\s+list\n/);
    expect(stdout).toMatch(/by kind\s+yes-no\n/);
    expect(stdout).toMatch(/== all sets ==/);
    expect(stdout).toMatch(
      /\nborder\s+3\s+100\.0%\s+100\.0%\s+100\.0%\s+66\.7%\s+100\.0%\s+0 ms\n/,
    );
    expect(stdout).toMatch(/\nnews \(holdout\)\s+3\s+33\.3%\s+100\.0%\s+100\.0%\s+—\s+100\.0%/);
  });

  it('writes a JSON and a Markdown report per set and a combined one', async () => {
    await run([]);

    const border = JSON.parse(await readFile(join(dir, 'out', 'border.json'), 'utf8'));
    expect(border).toMatchObject({ set: 'border', holdout: false });
    expect(border.summary['kind:list'].allCoverage).toBeCloseTo(2 / 3, 10);
    expect(border.cases[1]).toMatchObject({
      kind: 'list',
      expected: { all: ['909', 'two countries', 'fence'] },
    });
    const newsReport = JSON.parse(await readFile(join(dir, 'out', 'news.json'), 'utf8'));
    // The verdict was wrong, but a yes-no citation needs only a gold source to count as correct.
    expect(newsReport.cases[1].score).toMatchObject({ correct: false, topCitationCorrect: true });
    const news = await readFile(join(dir, 'out', 'news.md'), 'utf8');
    expect(news).toMatch(/# Eval failures: news \(holdout\)/);
    expect(news).toMatch(/2 of 3 cases failed/);
    expect(news).toMatch(/### n02: Were people killed in the ambush\?\n\n- kind: yes-no/);
    const combined = JSON.parse(await readFile(join(dir, 'out', 'combined.json'), 'utf8'));
    expect(combined.sets.map((set: { name: string }) => set.name)).toEqual(['border', 'news']);
    expect(await readFile(join(dir, 'out', 'combined.md'), 'utf8')).toMatch(/news \(holdout\)/);
  });

  it('runs only the sets chosen with --set, by name or by folder', async () => {
    const result = await run(['--set', 'news', '--set', join(setsDir, 'border')]);

    expect(result.status).toBe(0);
    expect(result.loadInProcessTarget.mock.calls.map(([corpus]) => corpus.seedsDir)).toEqual([
      join(setsDir, 'news', 'corpus'),
      join(setsDir, 'border', 'corpus'),
    ]);
    const unknown = await run(['--set', 'nope']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--set nope: no set folder/);
  });

  it('names a set whose set.json is bad, and runs nothing', async () => {
    await mkdir(join(setsDir, 'broken', 'corpus'), { recursive: true });
    await writeFile(join(setsDir, 'broken', 'set.json'), '{"describe":"typo"}');
    await writeFile(join(setsDir, 'broken', 'questions.jsonl'), fixtureSets.border!.questions[0]!);
    const result = await run([]);

    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/set "broken": .*broken\/set\.json is invalid/);
    expect(result.stderr).toMatch(/description/);
    expect(result.loadInProcessTarget).not.toHaveBeenCalled();
  });

  it('stops on a malformed line of any set before building or calling any target', async () => {
    await writeFile(
      join(setsDir, 'news', 'questions.jsonl'),
      fixtureSets.news!.questions.join('\n').replace('"answers":["27"]', '"answers":27'),
    );
    const inProcess = await run([]);
    const overHttp = await run(['--set', 'news', '--url', 'http://localhost:9']);

    for (const result of [inProcess, overHttp]) {
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(
        /news\/questions\.jsonl is invalid:\n\s+line 1: field "answers"/,
      );
      expect(result.loadInProcessTarget).not.toHaveBeenCalled();
      expect(result.fetch).not.toHaveBeenCalled();
    }
  });

  it('checks each set against its own thresholds, else the "*" ones, kind groups included', async () => {
    const result = await run([], {
      thresholds: {
        border: { overall: { answerAccuracy: 1 }, 'kind:list': { allCoverage: 0.9 } },
        '*': { overall: { answerAccuracy: 0.5, quoteVerification: 1 } },
      },
    });

    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/border: kind:list\.allCoverage 0\.667 < 0\.900/);
    expect(result.stderr).toMatch(/news: overall\.answerAccuracy 0\.333 < 0\.500/);
    expect(result.stderr).not.toMatch(/border: overall/);
    expect(result.stderr).not.toMatch(/quoteVerification/);
  });

  it('exits 0 when every set meets its thresholds', async () => {
    const result = await run([], {
      thresholds: { border: { overall: { answerAccuracy: 1 } }, news: {} },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/All thresholds .* met/);
  });

  it('scores one chosen set over --url, and refuses --url without exactly one --set', async () => {
    const unreachable = await run(['--set', 'border', '--url', 'http://localhost:9']);
    expect(unreachable.status).toBe(2);
    expect(unreachable.fetch).toHaveBeenCalledTimes(1);
    expect(
      unreachable.stderr
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('eval:')),
    ).toEqual(['eval: cannot reach http://localhost:9 (ECONNREFUSED); is the server running?']);

    const noSet = await run(['--url', 'http://localhost:9']);
    expect(noSet.status).toBe(2);
    expect(noSet.stderr).toMatch(/--url: scores one set/);
    expect(noSet.fetch).not.toHaveBeenCalled();
  });

  it('rejects an unknown option with the usage', async () => {
    const result = await run(['--out', 'x.json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Usage: npm run eval/);
  });
});
