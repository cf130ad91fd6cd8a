/** WordNet unreadable: the server starts, says why, and answers with the word vectors' typing. */
import { describe, expect, it } from 'vitest';
import { createDeps } from '../../src/deps.js';
import { createLogger } from '../../src/log/logger.js';
import { seedConfig } from '../helpers/seed-deps.js';

describe('WordNet missing', () => {
  it('logs the reason and still answers', async () => {
    const lines: string[] = [];
    const deps = await createDeps(seedConfig({ LOG_LEVEL: 'warn' }), {
      logger: createLogger({ level: 'warn', write: (line) => lines.push(line) }),
      openWordNet: () => {
        throw new Error("ENOENT: no such file or directory, open '/gone/index.noun'");
      },
    });
    expect(lines.join('\n')).toMatch(/WordNet could not be read.*index\.noun/u);
    const response = await deps.assistant.ask({
      messages: [
        { role: 'user', content: 'Which group claimed responsibility for the bus attack?' },
      ],
    });
    expect(response.refused).toBe(false);
    expect(response.citations.length).toBeGreaterThan(0);
  });
});
