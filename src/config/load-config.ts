/**
 * The only place that reads the environment. Every variable is validated
 * with zod; a bad value fails fast with a message naming the variable.
 */
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(8787),
  SEEDS_DIR: z.string().min(1).default('seeds'),
  INDEX_DIR: z.string().min(1).default('index'),
  LOG_LEVEL: z.enum(['info', 'warn', 'error', 'silent']).default('info'),
  TOP_K: positiveInt.max(20).default(6),
  CHUNK_SIZE: positiveInt.min(100).max(5000).default(600),
  CHUNK_OVERLAP: z.coerce.number().int().min(0).max(3).default(1),
});

export type Config = {
  host: string;
  port: number;
  seedsDir: string;
  indexDir: string;
  logLevel: 'info' | 'warn' | 'error' | 'silent';
  topK: number;
  chunking: { maxChars: number; overlapSentences: number };
};

/** Reads and validates configuration from `env` (default: `process.env`). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "unset" so `PORT= npm start` keeps the default.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new AppError('config_invalid', `Invalid configuration: ${problems}`);
  }
  const values = parsed.data;
  return {
    host: values.HOST,
    port: values.PORT,
    seedsDir: values.SEEDS_DIR,
    indexDir: values.INDEX_DIR,
    logLevel: values.LOG_LEVEL,
    topK: values.TOP_K,
    chunking: { maxChars: values.CHUNK_SIZE, overlapSentences: values.CHUNK_OVERLAP },
  };
}
