import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverEvalSets, loadEvalSetFolder } from '../../src/eval/load-eval-sets.js';

async function setFolder(root: string, name: string, manifest: string, corpus = 'corpus') {
  await mkdir(join(root, name, corpus), { recursive: true });
  await writeFile(join(root, name, 'set.json'), manifest);
  return join(root, name);
}

describe('loadEvalSetFolder', () => {
  it('defaults the corpus to corpus/ beside set.json and holdout to false', async () => {
    const root = await mkdtemp(join(tmpdir(), 'eval-sets-'));
    const dir = await setFolder(root, 'news', '{"description":"News"}');
    expect(await loadEvalSetFolder(dir)).toEqual({
      name: 'news',
      dir,
      description: 'News',
      corpusDir: join(dir, 'corpus'),
      holdout: false,
      questionsPath: join(dir, 'questions.jsonl'),
    });
  });

  it('rejects unknown fields, a missing corpus folder and a reserved name, naming the set', async () => {
    const root = await mkdtemp(join(tmpdir(), 'eval-sets-'));
    const typo = await setFolder(root, 'typo', '{"description":"x","holdOut":true}');
    await expect(loadEvalSetFolder(typo)).rejects.toThrow(/set "typo": .*set\.json is invalid/s);
    const lost = await setFolder(root, 'lost', '{"description":"x","corpus":"../articles"}');
    await expect(loadEvalSetFolder(lost)).rejects.toThrow(
      /set "lost": corpus folder .*articles .*does not exist/,
    );
    const reserved = await setFolder(root, 'combined', '{"description":"x"}');
    await expect(loadEvalSetFolder(reserved)).rejects.toThrow(/set "combined"/);
  });
});

describe('discoverEvalSets', () => {
  it('finds every folder, sorted, and lists every bad one in one error', async () => {
    const root = await mkdtemp(join(tmpdir(), 'eval-sets-'));
    await setFolder(root, 'zeta', '{"description":"Z","holdout":true}');
    await setFolder(root, 'alpha', '{"description":"A"}');
    expect((await discoverEvalSets(root)).map((set) => [set.name, set.holdout])).toEqual([
      ['alpha', false],
      ['zeta', true],
    ]);
    await setFolder(root, 'bad-json', '{');
    await mkdir(join(root, 'no-manifest'));
    await expect(discoverEvalSets(root)).rejects.toMatchObject({
      code: 'EVAL_SET_INVALID',
      message: expect.stringMatching(
        /set "bad-json": .*not valid JSON.*\nset "no-manifest": cannot read/s,
      ),
    });
  });
});
