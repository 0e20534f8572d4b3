import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { judgeConfigFromEnv, type JudgeConfig } from './judge/index.ts';

/** Everything the service reads from the environment, validated once and frozen. */
export interface Config {
  port: number;
  host: string;
  /** SQLite file path. */
  dbPath: string;
  /** Seed demo users and calls into an empty database. */
  demo: boolean;
  demoPassword: string;
  /** True when the demo password was generated (so it must be printed). */
  demoPasswordGenerated: boolean;
  /** Largest accepted request body, in bytes (single uploads, bulk uploads, NDJSON). */
  maxBodyBytes: number;
  /** Largest bulk upload (multipart total or NDJSON body), in bytes. */
  maxBulkBytes: number;
  /** Most files in one bulk multipart upload. */
  maxBulkFiles: number;
  /** Scoring worker threads for bulk jobs. */
  workers: number;
  /** A bulk file whose parsing and scoring takes longer than this fails (and its worker is restarted). */
  taskTimeoutMs: number;
  sessionTtlHours: number;
  /** Failed logins allowed per IP+email within loginWindowMinutes before 429. */
  loginMaxAttempts: number;
  loginWindowMinutes: number;
  /** Secure flag on the session cookie (set when served over HTTPS). */
  secureCookies: boolean;
  logLevel: string;
  /** Built dashboard to serve; skipped when missing. */
  webDist: string;
  /** The optional LLM judge (ATTUNE_SCORER, OPENAI_BASE_URL, …; see server/judge/config.ts). */
  judge: JudgeConfig;
}

export type Env = Record<string, string | undefined>;

class ConfigError extends Error {}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  throw new ConfigError(`${name} must be 1 or 0, got "${raw}"`);
}

function judgeConfig(env: Env): JudgeConfig {
  const dbDir = path.dirname(path.resolve(env.ATTUNE_DB || './data/attune.db'));
  try {
    return judgeConfigFromEnv(env as NodeJS.ProcessEnv, { cacheDir: path.join(dbDir, 'judge-cache') });
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
}

/** Builds the config from an environment (process.env by default); throws a readable error on a bad value. */
export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const demoPassword = env.ATTUNE_DEMO_PASSWORD || randomBytes(9).toString('base64url');
  const config: Config = {
    port: int(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    dbPath: path.resolve(env.ATTUNE_DB || './data/attune.db'),
    demo: flag(env, 'ATTUNE_DEMO', true),
    demoPassword,
    demoPasswordGenerated: !env.ATTUNE_DEMO_PASSWORD,
    maxBodyBytes: int(env, 'ATTUNE_MAX_BODY_MB', 50, 1, 2048) * 1024 * 1024,
    maxBulkBytes: int(env, 'ATTUNE_MAX_BULK_MB', 1024, 1, 16384) * 1024 * 1024,
    maxBulkFiles: int(env, 'ATTUNE_MAX_BULK_FILES', 20000, 1, 1_000_000),
    workers: int(env, 'ATTUNE_WORKERS', availableParallelism(), 1, 64),
    taskTimeoutMs: int(env, 'ATTUNE_SCORE_TIMEOUT_SEC', 60, 1, 3600) * 1000,
    sessionTtlHours: int(env, 'ATTUNE_SESSION_TTL_HOURS', 12, 1, 24 * 90),
    loginMaxAttempts: int(env, 'ATTUNE_LOGIN_MAX_ATTEMPTS', 10, 1, 1000),
    loginWindowMinutes: int(env, 'ATTUNE_LOGIN_WINDOW_MINUTES', 15, 1, 24 * 60),
    secureCookies: flag(env, 'ATTUNE_SECURE_COOKIES', false),
    logLevel: env.LOG_LEVEL || 'info',
    webDist: path.resolve(env.ATTUNE_WEB_DIST || './web/dist'),
    judge: judgeConfig(env),
    ...overrides,
  };
  return Object.freeze(config);
}
