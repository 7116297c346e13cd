import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, relative } from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { packageBinaries, startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { postgresUser, reachableBinaries } from '../src/db/postgres-as-root.js';
import { freePort } from './postgres-server.js';

const log = pino({ level: 'warn' });

/**
 * A clone in root's home or in a `mktemp -d` folder (mode 0700): PostgreSQL runs as the postgres user, which
 * cannot enter that folder, so neither the package's binaries nor `.data/postgres` inside it are reachable.
 */
describe.runIf(userInfo().uid === 0)(
  'the embedded PostgreSQL as root, in a folder others cannot enter',
  () => {
    const privateFolder = mkdtempSync(join(tmpdir(), 'award-private-'));
    afterAll(() => rmSync(privateFolder, { recursive: true, force: true }));

    it('runs binaries that lie in the private folder, from a copy the postgres user can reach', async () => {
      const binaries = await packageBinaries();
      const installation = dirname(dirname(binaries.postgres));
      const privateInstallation = join(privateFolder, 'native');
      cpSync(installation, privateInstallation, { recursive: true, verbatimSymlinks: true });
      const inPrivate = (binary: string) => join(privateInstallation, relative(installation, binary));

      const user = postgresUser();
      const reachable = reachableBinaries(
        { initdb: inPrivate(binaries.initdb), postgres: inPrivate(binaries.postgres) },
        user,
        log,
      );

      expect(reachable.postgres.startsWith(privateFolder)).toBe(false);
      const version = execFileSync(reachable.postgres, ['--version'], { ...user, encoding: 'utf8' });
      expect(version).toMatch(/^postgres \(PostgreSQL\) \d+/);
    });

    it('keeps the data of .data/postgres in the private folder across restarts', async () => {
      const configured = join(privateFolder, 'project', '.data', 'postgres');
      const port = await freePort();
      const first = await startEmbeddedPostgres({ dataDir: configured, port }, log);
      try {
        expect(first.dataDir.startsWith(privateFolder)).toBe(false);
        expect(statSync(first.dataDir).uid).toBe(postgresUser().uid);
        await query(first.url, 'create table kept (note text)');
        await query(first.url, 'insert into kept values ($1)', ['还在']);
      } finally {
        await first.stop();
      }
      const second = await startEmbeddedPostgres({ dataDir: configured, port }, log);
      try {
        expect(second.dataDir).toBe(first.dataDir);
        expect(await query(second.url, 'select note from kept')).toEqual([{ note: '还在' }]);
      } finally {
        await second.stop();
        rmSync(second.dataDir, { recursive: true, force: true });
      }
    }, 60_000);
  },
);

async function query(url: string, sql: string, parameters: unknown[] = []): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, parameters)).rows;
  } finally {
    await client.end();
  }
}
