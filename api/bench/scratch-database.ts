import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import pg from 'pg';
import { hashPassword } from '../src/auth/password.js';
import { Role } from '../src/auth/role.js';
import { createDatabase, dropDatabase, uniqueDatabaseName } from '../test/databases.js';
import { startPostgresServer } from '../test/postgres-server.js';
import type { Cleanup } from '../test/process-cleanup.js';
import { TsxChild } from './child-process.js';

const seedsDir = resolve(import.meta.dirname, '../../seeds');

export interface ScratchDatabase {
  url: string;
  /** Where the server came from, for the report: never the URL, which may hold a password. */
  server: string;
}

/**
 * A new database `award_bench_…` on the bench's own embedded PostgreSQL in a temporary folder (thrown
 * away whole at the end), started with pg_stat_statements so that statements can be counted; or on
 * `--database-url`'s server (dropped at the end), where counts need the extension preloaded.
 */
export async function createScratchDatabase(
  adminUrl: string | undefined,
  cleanup: Cleanup,
): Promise<ScratchDatabase> {
  const server = await startPostgresServer(adminUrl, ['-c', 'shared_preload_libraries=pg_stat_statements']);
  cleanup.add('stop the embedded PostgreSQL', () => server.stop());
  const name = uniqueDatabaseName('award_bench');
  const url = await createDatabase(server.adminUrl, name);
  if (!server.isEmbedded) cleanup.add(`drop database ${name}`, () => dropDatabase(server.adminUrl, name));
  const { host } = new URL(server.adminUrl);
  return { url, server: `${server.isEmbedded ? 'embedded' : '--database-url'} PostgreSQL at ${host}` };
}

/** A quarter of the sheets are left as drafts, for M2 to submit (the rest stand behind the results). */
const DRAFT_PERCENT = 25;

/**
 * Migrates and fills the database with the seeds workspace's synthetic-cycle CLI (what
 * `npm run seed:synthetic -w @award/seeds` runs), in a child process.
 */
export async function seedSyntheticCycle(
  url: string,
  scale: { nominations: number; experts: number },
  cleanup: Cleanup,
): Promise<void> {
  const seeder = new TsxChild({
    name: 'seeds',
    cwd: seedsDir,
    script: 'src/synthetic/cli.ts',
    args: [
      ...['--nominations', String(scale.nominations), '--experts', String(scale.experts)],
      ...['--drafts', String(DRAFT_PERCENT)],
    ],
    env: { DATABASE_URL: url },
  });
  cleanup.add('stop the seeder', () => seeder.stop());
  const code = await seeder.exited();
  if (code !== 0) throw new Error(`the synthetic seeder exited with code ${code}`);
}

export interface Credentials {
  email: string;
  password: string;
}

/** The synthetic cycle has experts only; the assignments of Q1-lite are for the chair or the secretariat. */
export async function createChairAccount(url: string): Promise<Credentials> {
  const credentials = { email: 'bench-chair@example.com', password: randomUUID() };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      'insert into app_user (id, email, display_name, password_hash, roles) values ($1, $2, $3, $4, $5)',
      [
        randomUUID(),
        credentials.email,
        'Bench chair',
        await hashPassword(credentials.password),
        [Role.CHAIR],
      ],
    );
  } finally {
    await client.end();
  }
  return credentials;
}

/** The synthetic cycle's id (the seeder makes one cycle in an empty database). */
export async function syntheticCycleId(url: string): Promise<string> {
  return (await queryOne<{ id: string }>(url, 'select id from award_cycle')).id;
}

export async function postgresVersion(url: string): Promise<string> {
  return (await queryOne<{ server_version: string }>(url, 'show server_version')).server_version;
}

/** One row of one statement, on a connection of its own. */
export async function queryOne<Row extends object>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<Row> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Row>(sql, values);
    if (rows.length === 0) throw new Error(`no row from: ${sql}`);
    return rows[0];
  } finally {
    await client.end();
  }
}
