import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BackupError } from './backup-error.js';
import type { FileRecordCheck } from './file-records.js';
import type { StoredFile } from './stored-files.js';

/** What a backup folder holds: the manifest is written last, so a folder without one is incomplete. */
export const BACKUP_LAYOUT = {
  dump: 'database.dump',
  files: 'files',
  manifest: 'manifest.json',
} as const;

const FORMAT = 'award-backup/1';

export interface BackupManifest {
  format: typeof FORMAT;
  /** When the database snapshot was taken (UTC). */
  createdAt: string;
  database: {
    /** The server's version, as PostgreSQL reports it. */
    serverVersion: string;
    serverVersionNum: number;
    /** The pg_dump that wrote the dump, as it reports its version. */
    dumpedWith: string;
    /** The last migration applied: the schema version the dump has. */
    lastMigration: string | null;
    dump: { sizeBytes: number; sha256: string };
    /** Rows per table ("schema.table"), counted in the snapshot that was dumped. */
    rowCounts: Record<string, number>;
  };
  /** Every file of the file store, by storage key. */
  files: StoredFile[];
  /** The nomination_file rows of the snapshot against the stored bytes. */
  fileRecords: FileRecordCheck;
}

export function newManifest(fields: Omit<BackupManifest, 'format'>): BackupManifest {
  return { format: FORMAT, ...fields };
}

export async function writeManifest(folder: string, manifest: BackupManifest): Promise<void> {
  await writeFile(join(folder, BACKUP_LAYOUT.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
}

export async function readManifest(folder: string): Promise<BackupManifest> {
  let text: string;
  try {
    text = await readFile(join(folder, BACKUP_LAYOUT.manifest), 'utf8');
  } catch {
    throw new BackupError(
      `${folder} has no ${BACKUP_LAYOUT.manifest}: it is not a backup, or one that did not finish.`,
    );
  }
  const manifest = JSON.parse(text) as BackupManifest;
  if (manifest.format !== FORMAT)
    throw new BackupError(
      `${join(folder, BACKUP_LAYOUT.manifest)} is of format ${JSON.stringify(manifest.format)}, not ${FORMAT}.`,
    );
  return manifest;
}
