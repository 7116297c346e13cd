import { resolve } from 'node:path';
import { z } from 'zod';

const projectRoot = resolve(import.meta.dirname, '../..');

const MIB = 1024 * 1024;

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1')
  .optional();

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  EMBEDDED_PG_DIR: z.string().min(1).default(resolve(projectRoot, '.data/postgres')),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  SEED_DEMO_DATA: flag,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(500).default(20),
  TRUST_PROXY: z.string().min(1).optional(),
  SIGN_IN_DELAY_MS: z.coerce.number().int().min(0).max(10_000).default(500),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('质量技术奖评审平台 <noreply@localhost>'),
  MAIL_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(5000),
  FILE_STORAGE_DIR: z.string().min(1).default(resolve(projectRoot, '.data/files')),
  // An upload is held in memory while its type and hash are checked, so the ceiling stays modest.
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(256 * MIB)
    .default(20 * MIB),
});

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Absent: the API starts an embedded PostgreSQL in `embeddedPostgres.dataDir`. */
  databaseUrl?: string;
  embeddedPostgres: { dataDir: string; port: number };
  /** Absent: subscriptions use in-process pub/sub (one API instance). */
  redisUrl?: string;
  /** Load the demo 2024 cycle into an empty database at start-up. */
  seedDemoData: boolean;
  logLevel: string;
  dbPoolMax: number;
  /**
   * Express's `trust proxy`: which proxies' X-Forwarded-For to believe for the client's address (sign-in
   * limits count per address). Unset: none, the address is the TCP peer's.
   */
  trustProxy?: string;
  /** The wait before answering a sign-in after one failure; it doubles with each further failure. */
  signInDelayMs: number;
  /** Absent: notifications stay in the app; set: each is also mailed to its recipient from `mailFrom`. */
  smtpUrl?: string;
  mailFrom: string;
  /** How often the outbox of notification mails is looked at. */
  mailPollMs: number;
  /** The folder of the local file storage: uploaded files' bytes, each under a random key. */
  fileStorageDir: string;
  /** The largest upload accepted, in bytes; a larger one is refused with PAYLOAD_TOO_LARGE. */
  uploadMaxBytes: number;
}

export class ConfigError extends Error {}

/** Reads and validates every setting once; the rest of the code receives a Config, never process.env. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const env = parsed.data;
  return {
    nodeEnv: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    embeddedPostgres: { dataDir: resolve(env.EMBEDDED_PG_DIR), port: env.EMBEDDED_PG_PORT },
    redisUrl: env.REDIS_URL,
    seedDemoData: env.SEED_DEMO_DATA ?? env.DATABASE_URL === undefined,
    logLevel: env.LOG_LEVEL,
    dbPoolMax: env.DB_POOL_MAX,
    trustProxy: env.TRUST_PROXY,
    signInDelayMs: env.SIGN_IN_DELAY_MS,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    mailPollMs: env.MAIL_POLL_MS,
    fileStorageDir: resolve(env.FILE_STORAGE_DIR),
    uploadMaxBytes: env.UPLOAD_MAX_BYTES,
  };
}
