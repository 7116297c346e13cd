import type { Backup } from './create-backup.js';
import { totalRows } from './database-contents.js';
import type { FileRecordCheck } from './file-records.js';
import type { RestoreReport } from './restore-backup.js';
import { type StoredFile, totalBytes } from './stored-files.js';

const count = (n: number) => n.toLocaleString('en-US');
const counted = (n: number, noun: string) => `${count(n)} ${noun}${n === 1 ? '' : 's'}`;

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

function rows(counts: Record<string, number>): string {
  return `${counted(Object.keys(counts).length, 'table')}, ${counted(totalRows(counts), 'row')}`;
}

function files(stored: StoredFile[]): string {
  return `${counted(stored.length, 'file')}, ${size(totalBytes(stored))}`;
}

function fileRecords(check: FileRecordCheck): string {
  return (
    `${count(check.withBytes)} with their bytes, hashing as recorded; ` +
    `${count(check.withoutBytes.length)} without bytes; ${count(check.withOtherBytes.length)} whose bytes hash otherwise`
  );
}

/** What a backup holds, as printed by `npm run backup`. */
export function describeBackup({ folder, manifest }: Backup, fileStorageDir: string): string[] {
  const { database } = manifest;
  const lines = [
    `backup: ${folder}`,
    `taken: ${manifest.createdAt} (the database snapshot)`,
    `database: PostgreSQL ${database.serverVersion}, dumped with ${database.dumpedWith}; schema at ${database.lastMigration ?? 'no migration'}`,
    `  ${rows(database.rowCounts)}; dump ${size(database.dump.sizeBytes)}, SHA-256 ${database.dump.sha256}`,
    `files: ${files(manifest.files)} copied from ${fileStorageDir}, each hashed (SHA-256) as written`,
    `file records: ${fileRecords(manifest.fileRecords)}`,
  ];
  if (manifest.fileRecords.withOtherBytes.length > 0)
    lines.push(
      `warning: the stored bytes of these files do not hash as their records say (damaged in the store): ${manifest.fileRecords.withOtherBytes.join(', ')}`,
    );
  return lines;
}

/** What a restore checked, as printed by `npm run restore`. */
export function describeRestore(report: RestoreReport, from: string, into: string): string[] {
  const lines = [
    `restored: ${from} (taken ${report.manifest.createdAt}) into ${into}`,
    `checked database: ${rows(report.rowCounts)}, each table's count against the manifest's`,
    `checked files: ${files(report.files)}, each file's size and SHA-256 against the manifest's`,
    `checked file records: ${fileRecords(report.fileRecords)}; against the backup's`,
  ];
  if (report.problems.length === 0)
    return [...lines, 'restore complete: every row count and every file hash equal'];
  return [
    ...lines,
    `restore INCOMPLETE: ${counted(report.problems.length, 'difference')} from the manifest:`,
    ...report.problems.map((problem) => `  ${problem}`),
  ];
}
