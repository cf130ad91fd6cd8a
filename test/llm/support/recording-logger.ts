// A logger that keeps its lines for assertions instead of writing them.
import { createLogger, type Logger } from '../../../src/log/logger.js';

/** A logger whose lines land in `lines`. */
export function recordingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger({ write: (line) => lines.push(line) }), lines };
}

/** A logger that writes nothing. */
export const silentLogger: Logger = createLogger({ level: 'silent' });
