/**
 * The logging seam the Slack door writes to. Structured: a message plus
 * optional fields, so the composition root can pass any logger (console,
 * pino) that has these three methods.
 */

/** Minimal structured logger; `fields` are machine-readable context. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}
