import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillPrompt, loadPrompts, promptNames } from '../../src/answer/load-prompts.js';

describe('loadPrompts', () => {
  it('loads every prompt file shipped in prompts/', async () => {
    const prompts = await loadPrompts();
    for (const name of promptNames) expect(prompts[name].length).toBeGreaterThan(20);
    expect(prompts['answer-system']).toMatch(/ignore previous instructions/i);
  });

  it('names the file that is empty', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prompts-'));
    for (const name of promptNames)
      await writeFile(join(dir, `${name}.md`), name === 'answer-user' ? '  \n' : 'text');
    await expect(loadPrompts({ dir })).rejects.toThrow(/answer-user\.md is empty/);
  });

  it('names the file that is missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prompts-'));
    await expect(loadPrompts({ dir })).rejects.toThrow(/answer-system\.md could not be read/);
  });
});

describe('fillPrompt', () => {
  it('substitutes placeholders once, leaving placeholders inside values as text', () => {
    expect(
      fillPrompt('Q: {{question}} P: {{passages}}', {
        question: 'why {{passages}}?',
        passages: 'x',
      }),
    ).toBe('Q: why {{passages}}? P: x');
  });

  it('refuses a template that names a value it was not given', () => {
    expect(() => fillPrompt('{{missing}}', {})).toThrow(/\{\{missing\}\}/);
  });
});
