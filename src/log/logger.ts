/**
 * A minimal structured logger: one line per event on stderr, so stdout stays
 * free for command output. Injected everywhere; tests pass a silent one.
 */
export type LogFields = Record<string, unknown>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

type Level = 'info' | 'warn' | 'error';

/** Writes `level message {fields}` lines; `level: 'silent'` writes nothing. */
export function createLogger({
  level = 'info',
  write = (line: string) => process.stderr.write(`${line}\n`),
}: { level?: Level | 'silent'; write?: (line: string) => void } = {}): Logger {
  const order: Record<Level | 'silent', number> = { info: 0, warn: 1, error: 2, silent: 3 };
  const log = (at: Level) => (message: string, fields?: LogFields) => {
    if (order[at] < order[level]) return;
    const extra = fields && Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
    write(`${at.padEnd(5)} ${message}${extra}`);
  };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}
