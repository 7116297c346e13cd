import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';
import { BackupError } from './backup-error.js';
import { compareRowCounts, countRows, someUserObjects } from './database-contents.js';
import { checkFileRecords, compareFileRecords, type FileRecordCheck } from './file-records.js';
import { BACKUP_LAYOUT, type BackupManifest, readManifest } from './manifest.js';
import { connect, findPgTool, majorOf, runPgTool, serverVersion, withoutPassword } from './pg-tools.js';
import { compareStoredFiles, copyStoredFiles, hashFile, type StoredFile } from './stored-files.js';

export interface RestoreOptions {
  /** The backup folder (the one holding manifest.json). */
  from: string;
  /** An empty database to restore into. */
  databaseUrl: string;
  /** An empty or absent folder to restore the file store into. */
  filesDir: string;
  /** The folder of pg_restore, when it is not found by itself. */
  pgBin?: string;
}

/** What the restored copy holds, and each way it differs from the manifest (none: complete). */
export interface RestoreReport {
  manifest: BackupManifest;
  rowCounts: Record<string, number>;
  files: StoredFile[];
  fileRecords: FileRecordCheck;
  problems: string[];
}

/**
 * Restores a backup into an empty database and an empty folder, then checks the copy against the
 * manifest: the rows of every table, every file's size and SHA-256, and the file records against the
 * bytes. Anything already there is refused before a byte is written, so a restore never mixes a backup
 * with other data.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const manifest = await readManifest(options.from);
  const dumpPath = join(options.from, BACKUP_LAYOUT.dump);
  const client = await connect(options.databaseUrl);
  try {
    const server = await serverVersion(client);
    const pgRestore = await findPgTool('pg_restore', server.major, options.pgBin);
    const sourceMajor = majorOf(manifest.database.serverVersionNum);
    if (server.major < sourceMajor)
      throw new BackupError(
        `The backup comes from PostgreSQL ${sourceMajor} and this server is ${server.major}: ` +
          `restore it into PostgreSQL ${sourceMajor} or newer.`,
      );
    await assertEmptyDatabase(client, options.databaseUrl);
    await assertEmptyFolder(options.filesDir);
    await assertDumpIntact(dumpPath, manifest);
    // One transaction: a restore that fails half-way leaves the database empty, not half-filled. The
    // objects belong to the user restoring, and no grants are copied: the API needs neither.
    await runPgTool(pgRestore, options.databaseUrl, [
      '--no-owner',
      '--no-acl',
      '--single-transaction',
      '--exit-on-error',
      dumpPath,
    ]);
    const files = await copyStoredFiles(join(options.from, BACKUP_LAYOUT.files), options.filesDir);
    const rowCounts = await countRows(client);
    const fileRecords = await checkFileRecords(client, files);
    return {
      manifest,
      rowCounts,
      files,
      fileRecords,
      problems: [
        ...compareRowCounts(manifest.database.rowCounts, rowCounts),
        ...compareStoredFiles(manifest.files, files),
        ...compareFileRecords(manifest.fileRecords, fileRecords),
      ],
    };
  } finally {
    await client.end();
  }
}

async function assertEmptyDatabase(client: pg.Client, databaseUrl: string): Promise<void> {
  const objects = await someUserObjects(client);
  if (objects.length > 0)
    throw new BackupError(
      `The database ${withoutPassword(databaseUrl)} is not empty (it holds ${objects.join(', ')}, …). ` +
        'A backup is restored only into an empty database, so that nothing of it mixes with data ' +
        'already there: create a new one (createdb <name>) and name it with --database.',
    );
}

async function assertEmptyFolder(folder: string): Promise<void> {
  const entries = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (entries.length > 0)
    throw new BackupError(
      `The folder ${folder} is not empty (${entries.length} entries). The file store is restored only ` +
        'into an empty or new folder: name one with --files.',
    );
}

async function assertDumpIntact(dumpPath: string, manifest: BackupManifest): Promise<void> {
  const dump = await hashFile(dumpPath).catch(() => {
    throw new BackupError(`${dumpPath} is missing: the backup is incomplete.`);
  });
  if (dump.sha256 !== manifest.database.dump.sha256)
    throw new BackupError(
      `${dumpPath} is damaged: its SHA-256 is ${dump.sha256}, the manifest says ${manifest.database.dump.sha256}. ` +
        'Nothing was restored.',
    );
}
