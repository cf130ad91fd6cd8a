/**
 * Entry point of `npm run eval`.
 */
import { loadInProcessTarget } from './load-in-process-target.js';
import { runEvalCommand } from './run-eval-command.js';

process.exitCode = await runEvalCommand({
  argv: process.argv.slice(2),
  stdout: process.stdout,
  stderr: process.stderr,
  loadInProcessTarget: (corpus) => loadInProcessTarget(corpus),
});
