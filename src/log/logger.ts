/**
 * A minimal structured logger: one line per event on stderr, so stdout stays
 * free for command output. Injected everywhere; tests pass a silent one.
 * Fields are made safe to log here, once for every caller: what people typed
 * (private fields, quoted text) is never written, and long values are cut.
 */
export type LogFields = Record<string, unknown>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

type Level = 'info' | 'warn' | 'error';

/** Fields that hold what a user wrote: logged as their length only. */
const PRIVATE_FIELDS = new Set(['question', 'content', 'messages', 'text', 'query', 'prompt']);
/** Longest string value written; longer ones end in `…(+N chars)`. */
export const MAX_LOGGED_CHARS = 300;

/** Quoted text inside a value ("The articles say nothing about \"Zahedan\"") echoes what a user typed. */
function maskQuotes(value: string): string {
  return value.replace(
    /(["“])([^"”]{1,500})(["”])/gu,
    (_all, open: string, inner: string, close: string) => `${open}[${inner.length} chars]${close}`,
  );
}

function truncate(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max)}…(+${value.length - max} chars)`;
}

/** The fields as they may be logged: private ones replaced by their size, long strings cut. */
export function safeFields(fields: LogFields, max = MAX_LOGGED_CHARS): LogFields {
  const safe: LogFields = {};
  for (const [name, value] of Object.entries(fields)) {
    if (PRIVATE_FIELDS.has(name)) {
      safe[name] =
        typeof value === 'string'
          ? `[${value.length} chars]`
          : Array.isArray(value)
            ? `[${value.length} items]`
            : '[redacted]';
    } else if (typeof value === 'string') {
      safe[name] = truncate(maskQuotes(value), max);
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      safe[name] = safeFields(value as LogFields, max);
    } else {
      safe[name] = value;
    }
  }
  return safe;
}

/** Writes `level message {fields}` lines; `level: 'silent'` writes nothing. */
export function createLogger({
  level = 'info',
  write = (line: string) => process.stderr.write(`${line}\n`),
  context = () => ({}),
}: {
  level?: Level | 'silent';
  write?: (line: string) => void;
  /** Fields every line gets, such as the id of the request being answered. */
  context?: () => LogFields;
} = {}): Logger {
  const order: Record<Level | 'silent', number> = { info: 0, warn: 1, error: 2, silent: 3 };
  const log = (at: Level) => (message: string, given?: LogFields) => {
    if (order[at] < order[level]) return;
    const fields = { ...context(), ...given };
    const extra = Object.keys(fields).length > 0 ? ` ${JSON.stringify(safeFields(fields))}` : '';
    write(`${at.padEnd(5)} ${truncate(message, 2 * MAX_LOGGED_CHARS)}${extra}`);
  };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}
