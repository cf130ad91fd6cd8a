/**
 * Why the server could not listen, as one line naming the variable to change
 * (HOST or PORT) instead of a stack trace.
 */
import type { Config } from '../config/load-config.js';

/** A listening failure as one line naming the variable to change. */
export function describeListenError(
  error: NodeJS.ErrnoException,
  config: Pick<Config, 'host' | 'port'>,
): string {
  const where = `${config.host}:${config.port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return `PORT ${config.port} is already in use on ${config.host}: stop the other server or set PORT to a free port`;
    case 'EACCES':
      return `PORT ${config.port} needs privileges on ${config.host}: set PORT to 1024 or above`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `HOST "${config.host}" is not an address of this machine: set HOST to 127.0.0.1, 0.0.0.0 or one of its addresses`;
    default:
      return `cannot listen on ${where}: ${error.message}`;
  }
}
