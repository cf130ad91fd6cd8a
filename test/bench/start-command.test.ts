/**
 * `npm start` runs the compiled server with glibc's trim threshold fixed
 * (`MALLOC_TRIM_THRESHOLD_`: a fixed threshold keeps malloc from raising its
 * mmap threshold after large frees, so start-up's large transient buffers go
 * back to the system), and the benchmarks start servers with exactly that
 * command, parsed from the checkout's `package.json`.
 */
import { describe, expect, it } from 'vitest';
import { loadStartCommand, parseStartCommand } from '../../bench/start-command.js';

describe('the start command', () => {
  it('builds, then runs the compiled server with the trim threshold fixed', async () => {
    expect(await loadStartCommand('.')).toEqual({
      setup: ['node scripts/build-server.mjs'],
      env: { MALLOC_TRIM_THRESHOLD_: '131072' },
      args: ['dist/main.js'],
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
