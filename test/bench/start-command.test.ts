/**
 * The benchmarks start servers with exactly the command of the checkout's
 * `npm start` (parsed from its `package.json`): its setup (the build), the
 * environment it sets, and Node's arguments.
 */
import { describe, expect, it } from 'vitest';
import { loadStartCommand, parseStartCommand } from '../../bench/start-command.js';

describe('the start command', () => {
  it('builds, then runs the compiled server', async () => {
    expect(await loadStartCommand('.')).toEqual({
      setup: ['node scripts/build-server.mjs'],
      env: {},
      args: ['dist/main.js'],
    });
  });

  it('reads the environment a start script sets in front of Node', () => {
    expect(parseStartCommand('a && b && NAME=1 OTHER=x=y node --flag main.js')).toEqual({
      setup: ['a', 'b'],
      env: { NAME: '1', OTHER: 'x=y' },
      args: ['--flag', 'main.js'],
    });
  });

  it('reads a start script without setup or environment (older checkouts)', () => {
    expect(parseStartCommand('node --import tsx src/main.ts')).toEqual({
      setup: [],
      env: {},
      args: ['--import', 'tsx', 'src/main.ts'],
    });
  });

  it('refuses a start script whose last command is not Node', () => {
    expect(() => parseStartCommand('npm run build && tsx src/main.ts')).toThrow(/not a Node/u);
  });
});
