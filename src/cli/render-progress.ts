/**
 * Shows index-build progress on stderr: an updating line on a terminal,
 * one line per stage otherwise (CI logs).
 */
import type { BuildProgress } from '../store/build-index.js';

const LABELS: Record<BuildProgress['stage'], string> = {
  read: 'articles read',
  chunk: 'chunked',
  lexicon: 'word vectors',
  embed: 'embedded',
  graph: 'HNSW graph',
  write: 'written',
};

export function renderProgress(
  stream: NodeJS.WriteStream = process.stderr,
): (progress: BuildProgress) => void {
  let lastStage = '';
  return ({ stage, done, total }) => {
    const line = `  index: ${LABELS[stage]} ${done}/${total}`;
    if (stream.isTTY) {
      stream.write(`\r${line.padEnd(60)}${done === total ? '\n' : ''}`);
    } else if (done === total || stage !== lastStage) {
      if (done === total) stream.write(`${line}\n`);
    }
    lastStage = stage;
  };
}
