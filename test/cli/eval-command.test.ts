import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
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

const goodSet = [
  '{"id":"q01","question":"How long is the border?","answers":["909"],"sources":["doc-border"],"answerable":true}',
  '{"id":"q02","question":"How many died in the ambush?","answers":["27"],"sources":["doc-ambush"],"answerable":true}',
  '{"id":"q03","question":"Who won the World Cup?","answers":[],"sources":[],"answerable":false}',
].join('\n');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eval-command-'));
});

async function run(
  argv: string[],
  { set = goodSet, thresholds }: { set?: string; thresholds?: object } = {},
) {
  await writeFile(join(dir, 'set.jsonl'), set);
  if (thresholds) await writeFile(join(dir, 'thresholds.json'), JSON.stringify(thresholds));
  const stdout = collector();
  const stderr = collector();
  const loadInProcessTarget = vi.fn(async () => createInProcessTarget(createFakeCore()));
  const fetch = vi.fn<typeof globalThis.fetch>(async () => {
    throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
  });
  const status = await runEvalCommand({
    argv: [
      '--set',
      join(dir, 'set.jsonl'),
      '--out',
      join(dir, 'out', 'report.json'),
      '--thresholds',
      join(dir, 'thresholds.json'),
      ...argv,
    ],
    stdout: stdout.stream,
    stderr: stderr.stream,
    loadInProcessTarget,
    fetch,
    now: () => 0,
  });
  return { status, stdout: stdout.text(), stderr: stderr.text(), loadInProcessTarget, fetch };
}

describe('npm run eval', () => {
  it('stops on a malformed line before building or calling any target', async () => {
    const bad = goodSet.replace('"answers":["27"]', '"answers":27');
    const inProcess = await run([], { set: bad });
    const overHttp = await run(['--url', 'http://localhost:9'], { set: bad });

    for (const result of [inProcess, overHttp]) {
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/line 2: field "answers"/);
      expect(result.loadInProcessTarget).not.toHaveBeenCalled();
      expect(result.fetch).not.toHaveBeenCalled();
    }
  });

  it('prints the table and writes the JSON and Markdown reports', async () => {
    const result = await run([]);

    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/\[3\/3\] q03 pass/);
    expect(result.stdout).toMatch(/answer accuracy\s+66\.7%\s+50\.0%\s+100\.0%\s+—/);
    const report = JSON.parse(await readFile(join(dir, 'out', 'report.json'), 'utf8'));
    expect(report.summary.overall.quoteVerification).toBe(1);
    expect(report.cases).toHaveLength(3);
    const markdown = await readFile(join(dir, 'out', 'report.md'), 'utf8');
    expect(markdown).toMatch(/1 of 3 cases failed/);
    expect(markdown).toMatch(
      /## answer lacks the expected answer \(1\)\n\n### q02: How many died in the ambush\?/,
    );
    expect(markdown).toMatch(/expected: `27` from doc-ambush/);
    expect(markdown).not.toMatch(/q01/);
  });

  it('exits 1 and names each metric below its threshold', async () => {
    const result = await run([], {
      thresholds: {
        overall: { answerAccuracy: 0.9, quoteVerification: 1 },
        answerable: { citationHitAt1: 1 },
      },
    });

    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/overall\.answerAccuracy 0\.667 < 0\.900/);
    expect(result.stderr).not.toMatch(/quoteVerification/);
  });

  it('exits 0 when the thresholds are met', async () => {
    const result = await run([], {
      thresholds: { overall: { answerAccuracy: 0.6, quoteVerification: 1 } },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/All thresholds .* met/);
  });

  it('gives one clear error for an unreachable --url', async () => {
    const result = await run(['--url', 'http://localhost:9']);

    expect(result.status).toBe(2);
    expect(result.fetch).toHaveBeenCalledTimes(1);
    expect(
      result.stderr
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('eval:')),
    ).toEqual(['eval: cannot reach http://localhost:9 (ECONNREFUSED); is the server running?']);
  });

  it('rejects an unknown option with the usage', async () => {
    const result = await run(['--topk', '3']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Usage: npm run eval/);
  });
});
