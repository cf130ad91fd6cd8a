// @ts-check
/**
 * Compiles `src/` to plain JavaScript in `dist/` (one file for each source
 * file, as tsx would transform it, with the other files copied beside them),
 * so `npm start` runs the server with Node alone: tsx's loader thread cost the
 * server ≈ 40 MiB of resident memory and ≈ 1–2 s of start-up.
 *
 * Nothing is compiled when no source changed since the last build (a digest
 * of every source file is kept in `dist/`); otherwise only files whose content
 * changed are written, each by a rename, and files whose source is gone are
 * removed: a server already running from `dist/` (which imports some modules
 * on first use) never reads a half-written file.
 * Plain JavaScript (type-checked through `// @ts-check`) so that running it
 * needs no TypeScript loader either.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Every file under `directory`, as paths relative to it.
 * @param {string} directory
 */
async function listFiles(directory) {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(
    () => [],
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)));
}

const isTypeScript = (/** @type {string} */ path) => /\.tsx?$/u.test(path);
const isCompiled = (/** @type {string} */ path) =>
  isTypeScript(path) && !/\.(test|d)\.tsx?$/u.test(path);

/** Writes `contents` to `path` unless it already holds them; true when written. */
async function replaceIfChanged(/** @type {string} */ path, /** @type {Uint8Array} */ contents) {
  const current = await readFile(path).catch(() => null);
  if (current && Buffer.compare(current, contents) === 0) return false;
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
  return true;
}

/** Where the digest of the sources last built is kept, inside the output folder. */
export const DIGEST_FILE = '.source-digest';

/**
 * SHA-256 of every source file (name and content), this script and esbuild's version. Read
 * synchronously, and esbuild's version from its package file: this runs before every start,
 * and awaiting 400 reads one after another, then loading esbuild, took ≈ 0.2 s of it.
 */
function digestOf(/** @type {string} */ source, /** @type {string[]} */ sources) {
  const { version } = /** @type {{ version: string }} */ (
    createRequire(import.meta.url)('esbuild/package.json')
  );
  const hash = createHash('sha256').update(version);
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  for (const path of [...sources].sort()) {
    hash.update(`\0${path}\0`);
    hash.update(readFileSync(join(source, path)));
  }
  return hash.digest('hex');
}

/**
 * Compiles `sourceDir` into `outDir` (nothing when no source changed since the last build).
 * @param {{ sourceDir?: string, outDir?: string }} [options]
 * @returns {Promise<{ written: string[], removed: string[], files: number, skipped: boolean }>}
 *   paths relative to `outDir`
 */
export async function buildServer({ sourceDir = 'src', outDir = 'dist' } = {}) {
  const source = resolve(sourceDir);
  const out = resolve(outDir);
  const sources = await listFiles(source);
  const digest = digestOf(source, sources);
  const built = await readFile(join(out, DIGEST_FILE), 'utf8').catch(() => null);
  if (built === digest) return { written: [], removed: [], files: 0, skipped: true };
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: sources.filter(isCompiled).map((path) => join(source, path)),
    outdir: out,
    outbase: source,
    write: false,
    bundle: false,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node}`,
    // No `keepNames`: nothing is minified or renamed file by file, so functions and classes
    // keep their source names without it, and its `__name()` wrapper redefined the name of
    // every closure each time one was made (≈ 1.5 % of a request's main thread at 100k).
    sourcemap: 'linked',
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  /** @type {Map<string, Uint8Array>} */
  const outputs = new Map(
    result.outputFiles.map((file) => [relative(out, file.path), file.contents]),
  );
  for (const path of sources.filter((candidate) => !isTypeScript(candidate)))
    outputs.set(path, await readFile(join(source, path)));
  const written = [];
  for (const [path, contents] of outputs)
    if (await replaceIfChanged(join(out, path), contents)) written.push(path);
  const removed = (await listFiles(out)).filter(
    (path) => !outputs.has(path) && path !== DIGEST_FILE,
  );
  for (const path of removed) await rm(join(out, path));
  await replaceIfChanged(join(out, DIGEST_FILE), Buffer.from(digest));
  return { written, removed, files: outputs.size, skipped: false };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  buildServer().catch((/** @type {unknown} */ error) => {
    process.stderr.write(
      `sourced could not be built: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}
