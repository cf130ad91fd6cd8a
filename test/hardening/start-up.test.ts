/**
 * Fault suite, issue 12 item 9 (the listening server): start-up failures are
 * one line naming the variable, connections that never finish their headers
 * are closed, and a request body cut off on the wire is not a 500.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, connect, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listen } from '../../src/http/listen.js';
import { createHardenedApp } from './support/hardened-app.js';
import { spawnServer, type SpawnedServer } from '../helpers/spawn-server.js';

/** Runs `src/main.ts` with `env` until it exits; its stderr without npm's noise. */
function runServer(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, SEEDS_DIR: 'seeds', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.once('exit', (code) => resolve({ code, stderr: stderr.trim() }));
  });
}

describe('start-up errors', () => {
  it('a bad HOST is one line naming HOST', async () => {
    const { code, stderr } = await runServer({ HOST: 'no such host!', PORT: '0' });
    expect(code).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^sourced could not start: .*HOST must be an IP address/);
  });

  it('INDEX_DIR pointing at a file is one line naming INDEX_DIR', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sourced-start-'));
    try {
      await writeFile(join(folder, 'index'), 'a file');
      const { code, stderr } = await runServer({ INDEX_DIR: join(folder, 'index'), PORT: '0' });
      expect(code).toBe(1);
      expect(
        stderr.split('\n').filter((line) => line.startsWith('sourced could not start')),
      ).toEqual([
        expect.stringMatching(/^sourced could not start: INDEX_DIR ".*" is a file, not a folder/),
      ]);
      expect(stderr).not.toMatch(/ENOTDIR|\n\s+at /);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('a port in use is one line naming PORT', async () => {
    const taken: NetServer = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const { code, stderr } = await runServer({
        INDEX_DIR: inject('seedIndexDir'),
        HOST: '127.0.0.1',
        PORT: String(port),
      });
      expect(code).toBe(1);
      expect(
        stderr.split('\n').filter((line) => line.startsWith('sourced could not start')),
      ).toEqual([
        `sourced could not start: PORT ${port} is already in use on 127.0.0.1: stop the other server or set PORT to a free port`,
      ]);
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      taken.close();
    }
  });
});

describe('the listening server', () => {
  async function started() {
    const { app, lines } = createHardenedApp();
    const { server, port } = await listen({
      fetch: app.fetch,
      host: '127.0.0.1',
      port: 0,
      headersTimeoutMs: 300,
      requestTimeoutMs: 600,
    });
    return { server, port, lines };
  }

  it('closes a connection that never finishes its headers', async () => {
    const { server, port } = await started();
    try {
      const socket = connect(port, '127.0.0.1');
      socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
      let received = '';
      socket.on('data', (data) => (received += data.toString()));
      await new Promise((resolve) => socket.once('close', resolve));
      expect(received).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      server.close();
    }
  });

  it('answers a body cut off on the wire without a 500 or an error line', async () => {
    const { server, port, lines } = await started();
    try {
      const socket = connect(port, '127.0.0.1');
      socket.write(
        'POST /api/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
          'Transfer-Encoding: chunked\r\n\r\n10\r\n{"messages":[{"\r\n',
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      socket.destroy();
      // Wait until the server has dealt with it: the access log line comes last.
      while (!lines.some((line) => line.includes('"path":"/api/chat"')))
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(lines.filter((line) => line.startsWith('error'))).toEqual([]);
      expect(lines).toContainEqual(expect.stringContaining('client aborted the request'));
    } finally {
      server.close();
    }
  });
});

describe('listen failures', () => {
  it('a HOST that is not an address of this machine is one line naming HOST', async () => {
    const { app } = createHardenedApp();
    const listening = listen({
      fetch: app.fetch,
      host: '192.0.2.1', // TEST-NET-1: never assigned to a real machine
      port: 0,
      headersTimeoutMs: 1000,
      requestTimeoutMs: 1000,
    });
    await expect(listening).rejects.toMatchObject({ code: 'config_invalid' });
    await expect(listening).rejects.toThrow(
      /^HOST "192\.0\.2\.1" is not an address of this machine/,
    );
  });
});

describe('a server started on a damaged index', () => {
  it('rebuilds it from the seeds and answers, instead of crashing on the first question', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sourced-damaged-'));
    const indexDir = join(folder, 'index');
    await cp(inject('seedIndexDir'), indexDir, { recursive: true });
    const vectors = join(indexDir, 'data', 'vectors.hnsw');
    const bytes = await readFile(vectors);
    for (let index = 5000; index < 5256; index += 1) bytes[index] = (index * 197 + 89) & 0xff;
    await writeFile(vectors, bytes);
    let server: SpawnedServer | undefined;
    try {
      server = await spawnServer(['--import', 'tsx', 'src/main.ts'], {
        ...process.env,
        SEEDS_DIR: 'seeds',
        INDEX_DIR: indexDir,
        PORT: '0',
        LOG_LEVEL: 'info',
      });
      const { url } = server;
      const response = await fetch(`${url}/api/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          messages: [{ role: 'user', content: 'What rank are the liaison officers?' }],
        }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ refused: false });
      expect(server.stderr()).toMatch(
        /warn\s+vector graph rebuilt from the store: vectors\.hnsw checksum mismatch/,
      );
    } finally {
      await server?.stop();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
