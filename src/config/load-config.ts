/**
 * The only place that reads the environment. Every variable is validated
 * with zod; a bad value fails fast with a message naming the variable.
 */
import { isIP } from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { transformersDtypeSchema, type TransformersDtype } from '../embed/model-files.js';
import { allowedHostsFor, loadApiKeys, type AccessConfig } from './load-access-config.js';

export type { AccessConfig } from './load-access-config.js';

const number = z.coerce.number({ error: 'must be a number' }).int('must be a whole number');
const port = number
  .min(0, 'must be a port number (0–65535)')
  .max(65535, 'must be a port number (0–65535)');
const positiveInt = number.positive('must be above 0');

const HOSTNAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/iu;

const envSchema = z
  .object({
    HOST: z
      .string()
      .min(1)
      .refine(
        (host) => isIP(host) !== 0 || HOSTNAME.test(host),
        'must be an IP address or a host name (like 127.0.0.1, 0.0.0.0 or localhost)',
      )
      .default('127.0.0.1'),
    PORT: port.default(8787),
    SEEDS_DIR: z.string().min(1).default('seeds'),
    INDEX_DIR: z.string().min(1).default('index'),
    LOG_LEVEL: z.enum(['info', 'warn', 'error', 'silent']).default('info'),
    TOP_K: positiveInt.max(20, 'must be at most 20').default(6),
    CHUNK_SIZE: number
      .min(100, 'must be at least 100')
      .max(5000, 'must be at most 5000')
      .default(600),
    CHUNK_OVERLAP: number.min(0, 'must be 0 or more').max(3, 'must be at most 3').default(1),
    HNSW_EF_SEARCH: positiveInt.max(4096, 'must be at most 4096').optional(),
    EMBEDDER: z.enum(['auto', 'transformers', 'local']).default('auto'),
    EMBEDDING_MODEL: z
      .string()
      .regex(/^[\w.-]+(\/[\w.-]+)?$/, 'expected a model id like Xenova/all-MiniLM-L6-v2')
      .default('Xenova/all-MiniLM-L6-v2'),
    EMBEDDING_DTYPE: transformersDtypeSchema.default('fp32'),
    MODELS_DIR: z.string().min(1).default('models'),
    HF_ENDPOINT: z.url().default('https://huggingface.co'),
    LLM_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
    LLM_MODEL: z.string().min(1).optional(),
    LLM_API_KEY: z.string().min(1).optional(),
    LLM_TIMEOUT_MS: positiveInt.max(600_000, 'must be at most 600000').default(20_000),
    LLM_MAX_RETRIES: number.min(0, 'must be 0 or more').max(5, 'must be at most 5').default(2),
    LLM_TOTAL_TIMEOUT_MS: positiveInt.max(600_000, 'must be at most 600000').default(60_000),
    SLACK_SIGNING_SECRET: z.string().min(1).optional(),
    SLACK_BOT_TOKEN: z.string().min(1).optional(),
    SLACK_APP_TOKEN: z
      .string()
      .regex(/^xapp-/, 'must be an app-level token (xapp-…) for Socket Mode')
      .optional(),
    SLACK_STATE_PATH: z.string().min(1).optional(),
    SLACK_API_URL: z.url({ protocol: /^https?$/ }).default('https://slack.com/api/'),
    FEEDBACK_FILE: z.string().min(1).default('data/feedback.jsonl'),
    MAX_DOCUMENT_BYTES: positiveInt.default(32 * 1024 * 1024),
    API_KEYS: z.string().optional(),
    API_KEYS_FILE: z.string().min(1).optional(),
    RATE_LIMIT_PER_MINUTE: number.min(0, 'must be 0 (off) or more').default(300),
    ALLOWED_HOSTS: z.string().optional(),
    HEADERS_TIMEOUT_MS: positiveInt.max(600_000, 'must be at most 600000').default(10_000),
    REQUEST_TIMEOUT_MS: positiveInt.max(3_600_000, 'must be at most 3600000').default(30_000),
    ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    WATCH_SEEDS: z.enum(['0', '1', 'true', 'false']).default('0'),
    DATABASE_URL: z
      .string()
      .refine(isPostgresUrl, 'must be a postgres://user:password@host:port/database URL')
      .optional(),
    DATABASE_POOL_MAX: positiveInt.max(1000, 'must be at most 1000').default(10),
    DATABASE_AUTO_MIGRATE: z.enum(['0', '1', 'true', 'false']).default('1'),
    MAX_UPLOAD_BYTES: positiveInt
      .max(200 * 1024 * 1024, 'must be at most 209715200')
      .default(20 * 1024 * 1024),
  })
  .refine((env) => env.LLM_BASE_URL === undefined || env.LLM_MODEL !== undefined, {
    path: ['LLM_MODEL'],
    message: 'is required when LLM_BASE_URL is set',
  });

const SECRET_VARIABLES = new Set(['DATABASE_URL']);

/** A URL `pg` can connect with; its password is never echoed back in errors. */
function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return /^postgres(ql)?:$/u.test(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}

export type Config = {
  host: string;
  port: number;
  seedsDir: string;
  indexDir: string;
  logLevel: 'info' | 'warn' | 'error' | 'silent';
  topK: number;
  chunking: { maxChars: number; overlapSentences: number };
  /** HNSW search breadth (recall vs speed, see bench/BASELINE.md); unset: the value the index was built with. */
  efSearch?: number;
  /** The optional OpenAI-compatible model; null answers offline (extractive). */
  llm: LlmConfig | null;
  embedding: {
    /** `auto`: the transformers model when present in `modelsDir`, else offline word vectors. */
    embedder: 'auto' | 'transformers' | 'local';
    model: string;
    dtype: TransformersDtype;
    modelsDir: string;
    /** Hub base URL, used only by `models:pull`. */
    hubUrl: string;
  };
  /** Files over this many bytes are skipped at ingestion, with a warning naming them. */
  maxDocumentBytes: number;
  access: AccessConfig;
  /** Node server timeouts: headers must arrive within the first, the whole request within the second. */
  timeouts: { headersMs: number; requestMs: number };
  slack: {
    /** Without it the `/slack/*` routes answer 503. */
    signingSecret?: string;
    botToken?: string;
    /** `xapp-…`: Slack is reached over Socket Mode (no public URL needed). */
    appToken?: string;
    apiUrl: string;
    /** SQLite file with delivered event ids, threads and answer records. */
    statePath: string;
    /** Where 👍/👎 feedback lines are appended. */
    feedbackFile: string;
  };
  /**
   * PostgreSQL (DATABASE_URL): corpus, Slack state and feedback shared by
   * every server on it; null keeps everything embedded.
   */
  database: DatabaseConfig | null;
  /** Live document management. */
  documents: {
    /** Key for the write routes; unset: they answer 403. */
    adminToken?: string;
    /** Apply file changes in SEEDS_DIR while running. */
    watchSeeds: boolean;
    /** Largest upload accepted, in bytes. */
    maxUploadBytes: number;
  };
};

export type DatabaseConfig = {
  url: string;
  /** Connections this process may open (DATABASE_POOL_MAX). */
  poolMax: number;
  /** Apply pending migrations at start (DATABASE_AUTO_MIGRATE); else refuse to start on them. */
  autoMigrate: boolean;
};

export type LlmConfig = {
  baseURL: string;
  model: string;
  apiKey?: string;
  /** The chat client's per-request timeout; also the longest silence inside a stream. */
  timeoutMs: number;
  /** The chat client's own retries (5xx, timeouts, 429 with a short `Retry-After`). */
  maxRetries: number;
  /** Overall deadline for one answer, retries and streams included. */
  totalTimeoutMs: number;
};

/** Reads and validates configuration from `env` (default: `process.env`). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "unset" so `PORT= npm start` keeps the default.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => {
        const name = issue.path.join('.');
        // A database URL may carry a password: never echo it.
        const given = SECRET_VARIABLES.has(name) ? undefined : present[name];
        return `${name} ${issue.message}${given === undefined ? '' : ` (got "${given}")`}`;
      })
      .join('; ');
    throw new AppError('config_invalid', `Invalid configuration: ${problems}`);
  }
  const values = parsed.data;
  return {
    maxDocumentBytes: values.MAX_DOCUMENT_BYTES,
    access: {
      apiKeys: loadApiKeys(values.API_KEYS, values.API_KEYS_FILE),
      rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
      allowedHosts: allowedHostsFor(values.HOST, values.ALLOWED_HOSTS),
    },
    timeouts: { headersMs: values.HEADERS_TIMEOUT_MS, requestMs: values.REQUEST_TIMEOUT_MS },
    host: values.HOST,
    port: values.PORT,
    seedsDir: values.SEEDS_DIR,
    indexDir: values.INDEX_DIR,
    logLevel: values.LOG_LEVEL,
    topK: values.TOP_K,
    chunking: { maxChars: values.CHUNK_SIZE, overlapSentences: values.CHUNK_OVERLAP },
    ...(values.HNSW_EF_SEARCH === undefined ? {} : { efSearch: values.HNSW_EF_SEARCH }),
    llm:
      values.LLM_BASE_URL === undefined || values.LLM_MODEL === undefined
        ? null
        : {
            baseURL: values.LLM_BASE_URL,
            model: values.LLM_MODEL,
            ...(values.LLM_API_KEY === undefined ? {} : { apiKey: values.LLM_API_KEY }),
            timeoutMs: values.LLM_TIMEOUT_MS,
            maxRetries: values.LLM_MAX_RETRIES,
            totalTimeoutMs: values.LLM_TOTAL_TIMEOUT_MS,
          },
    embedding: {
      embedder: values.EMBEDDER,
      model: values.EMBEDDING_MODEL,
      dtype: values.EMBEDDING_DTYPE,
      modelsDir: values.MODELS_DIR,
      hubUrl: values.HF_ENDPOINT,
    },
    slack: {
      ...(values.SLACK_SIGNING_SECRET === undefined
        ? {}
        : { signingSecret: values.SLACK_SIGNING_SECRET }),
      ...(values.SLACK_BOT_TOKEN === undefined ? {} : { botToken: values.SLACK_BOT_TOKEN }),
      ...(values.SLACK_APP_TOKEN === undefined ? {} : { appToken: values.SLACK_APP_TOKEN }),
      apiUrl: values.SLACK_API_URL,
      statePath: values.SLACK_STATE_PATH ?? join(values.INDEX_DIR, 'slack-state.db'),
      feedbackFile: values.FEEDBACK_FILE,
    },
    database:
      values.DATABASE_URL === undefined
        ? null
        : {
            url: values.DATABASE_URL,
            poolMax: values.DATABASE_POOL_MAX,
            autoMigrate:
              values.DATABASE_AUTO_MIGRATE === '1' || values.DATABASE_AUTO_MIGRATE === 'true',
          },
    documents: {
      ...(values.ADMIN_TOKEN === undefined ? {} : { adminToken: values.ADMIN_TOKEN }),
      watchSeeds: values.WATCH_SEEDS === '1' || values.WATCH_SEEDS === 'true',
      maxUploadBytes: values.MAX_UPLOAD_BYTES,
    },
  };
}
