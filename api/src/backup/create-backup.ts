import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { countRows, lastMigration } from './database-contents.js';
import { checkFileRecords } from './file-records.js';
import { BACKUP_LAYOUT, type BackupManifest, newManifest, writeManifest } from './manifest.js';
import { connect, findPgTool, runPgTool, serverVersion } from './pg-tools.js';
import { copyStoredFiles, hashFile } from './stored-files.js';

export interface BackupOptions {
  databaseUrl: string;
  /** The local file store (FILE_STORAGE_DIR). */
  fileStorageDir: string;
  /** The folder the dated backup folder is made in. */
  outDir: string;
  /** The folder of pg_dump, when it is not found by itself. */
  pgBin?: string;
}

export interface Backup {
  folder: string;
  manifest: BackupManifest;
}

/**
 * Writes a dated backup folder: the database dumped by pg_dump (custom format), a copy of the file
 * store, and a manifest of both. The dump, the row counts and the file records are read in one
 * snapshot, so they agree with each other whatever the API writes meanwhile. The folder is built
 * under a ".partial" name and renamed once whole: a backup cut short is never taken for a complete one.
 */
export async function createBackup(options: BackupOptions): Promise<Backup> {
  const client = await connect(options.databaseUrl);
  let partial: string | undefined;
  try {
    const server = await serverVersion(client);
    const pgDump = await findPgTool('pg_dump', server.major, options.pgBin);
    await client.query('begin isolation level repeatable read read only');
    const { rows } = await client.query<{ snapshot: string; at: Date }>(
      'select pg_export_snapshot() as snapshot, now() as at',
    );
    const { snapshot, at } = rows[0];
    const folder = join(options.outDir, `award-backup-${compactUtc(at)}`);
    partial = `${folder}.partial`;
    await mkdir(options.outDir, { recursive: true });
    await mkdir(partial, { mode: 0o700 });
    const dumpPath = join(partial, BACKUP_LAYOUT.dump);
    const [, rowCounts, migration] = await Promise.all([
      runPgTool(pgDump, options.databaseUrl, [
        '--format=custom',
        `--snapshot=${snapshot}`,
        `--file=${dumpPath}`,
      ]),
      countRows(client),
      lastMigration(client),
    ]);
    // The bytes are copied after the snapshot: a file uploaded since is copied without its row (it is
    // unreachable, and harmless); one deleted since leaves its row without bytes, which the manifest counts.
    const files = await copyStoredFiles(options.fileStorageDir, join(partial, BACKUP_LAYOUT.files));
    const fileRecords = await checkFileRecords(client, files);
    await client.query('commit');
    const manifest = newManifest({
      createdAt: at.toISOString(),
      database: {
        serverVersion: server.version,
        serverVersionNum: server.versionNum,
        dumpedWith: pgDump.version,
        lastMigration: migration,
        dump: await hashFile(dumpPath),
        rowCounts,
      },
      files,
      fileRecords,
    });
    await writeManifest(partial, manifest);
    await rename(partial, folder);
    partial = undefined;
    return { folder, manifest };
  } finally {
    await client.end();
    if (partial) await rm(partial, { recursive: true, force: true });
  }
}

/** 2026-11-29T15:30:00.123Z → 20261129T153000Z: sorts by time and is a valid name everywhere. */
function compactUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
}
