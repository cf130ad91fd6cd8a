import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';

describe('LLM configuration', () => {
  it('answers offline when LLM_BASE_URL is unset', () => {
    expect(loadConfig({}).llm).toBeNull();
  });

  it('reads the model server settings with their defaults', () => {
    expect(
      loadConfig({ LLM_BASE_URL: 'http://localhost:11434/v1', LLM_MODEL: 'llama3.1' }).llm,
    ).toEqual({
      baseURL: 'http://localhost:11434/v1',
      model: 'llama3.1',
      timeoutMs: 20_000,
      maxRetries: 2,
      totalTimeoutMs: 60_000,
    });
  });

  it('names LLM_MODEL when a base URL is given without a model', () => {
    expect(() => loadConfig({ LLM_BASE_URL: 'http://localhost:11434/v1' })).toThrow(
      /LLM_MODEL (is )?required/,
    );
  });

  it('names LLM_BASE_URL when it is not an http URL', () => {
    expect(() => loadConfig({ LLM_BASE_URL: 'localhost:11434', LLM_MODEL: 'm' })).toThrow(
      /LLM_BASE_URL/,
    );
  });
});

describe('configuration errors', () => {
  it('name the variable, say what is wrong and echo the value given', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow('PORT must be a number (got "abc")');
    expect(() => loadConfig({ TOP_K: '25' })).toThrow('TOP_K must be at most 20 (got "25")');
    expect(() => loadConfig({ EMBEDDER: 'magic' })).toThrow(/EMBEDDER .*"magic"/);
  });
});
