/**
 * The one place prompt files are read: `prompts/*.md`, checked to exist and be
 * non-empty at startup, and filled with `{{name}}` placeholders at call time.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../errors/app-error.js';

/** The prompt files the LLM answerer and rewriter need, without `.md`. */
export const promptNames = ['answer-system', 'answer-user', 'condense-question'] as const;
export type PromptName = (typeof promptNames)[number];
export type Prompts = Record<PromptName, string>;

/** `prompts/` at the repository root, independent of the working directory. */
export const defaultPromptsDir = fileURLToPath(new URL('../../prompts/', import.meta.url));

export interface LoadPromptsOptions {
  dir?: string;
}

/**
 * Reads every prompt file from `dir`.
 * @throws AppError `config_invalid` naming the file when one is missing or empty.
 */
export async function loadPrompts({
  dir = defaultPromptsDir,
}: LoadPromptsOptions = {}): Promise<Prompts> {
  const prompts: Partial<Prompts> = {};
  // One at a time, so the error names the first missing file deterministically.
  for (const name of promptNames) {
    const path = join(dir, `${name}.md`);
    const text = await readFile(path, 'utf8').catch((error: unknown) => {
      throw new AppError('config_invalid', `Prompt file ${path} could not be read`, {
        cause: error,
      });
    });
    if (text.trim() === '') throw new AppError('config_invalid', `Prompt file ${path} is empty`);
    prompts[name] = text.trim();
  }
  return prompts as Prompts;
}

const placeholder = /\{\{\s*([a-zA-Z][\w-]*)\s*\}\}/g;

/**
 * Replaces each `{{name}}` in `template` with `values[name]`, in one pass: text
 * inside the values (passages, user input) is never itself substituted.
 * @throws Error when the template names a value that was not given.
 */
export function fillPrompt(template: string, values: Record<string, string>): string {
  return template.replace(placeholder, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Prompt placeholder {{${name}}} has no value`);
    return value;
  });
}
