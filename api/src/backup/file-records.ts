import type pg from 'pg';
import type { StoredFile } from './stored-files.js';

/** The nomination_file rows (a file's metadata) against the bytes of the file store. */
export interface FileRecordCheck {
  /** Rows whose bytes are stored and hash as the row records. */
  withBytes: number;
  /** Ids of rows with no bytes in the store: the demo data's metadata-only files, or bytes removed meanwhile. */
  withoutBytes: string[];
  /** Ids of rows whose stored bytes hash otherwise than the row records: damaged bytes. */
  withOtherBytes: string[];
}

interface FileRecord {
  id: string;
  storage_key: string;
  sha256: string;
}

/** Reads the rows in the client's transaction (the backup's snapshot) and matches them to the files. */
export async function checkFileRecords(client: pg.Client, files: StoredFile[]): Promise<FileRecordCheck> {
  const { rows } = await client.query<FileRecord>(
    'select id, storage_key, sha256 from nomination_file order by id',
  );
  const hashByKey = new Map(files.map((file) => [file.key, file.sha256]));
  const check: FileRecordCheck = { withBytes: 0, withoutBytes: [], withOtherBytes: [] };
  for (const row of rows) {
    const sha256 = hashByKey.get(row.storage_key);
    if (sha256 === undefined) check.withoutBytes.push(row.id);
    else if (sha256 !== row.sha256) check.withOtherBytes.push(row.id);
    else check.withBytes += 1;
  }
  return check;
}

/** How a restored copy's check differs from the backup's, one line a difference; none when equal. */
export function compareFileRecords(expected: FileRecordCheck, found: FileRecordCheck): string[] {
  const problems: string[] = [];
  if (found.withBytes !== expected.withBytes)
    problems.push(`file records with their bytes: ${found.withBytes}, expected ${expected.withBytes}`);
  for (const key of ['withoutBytes', 'withOtherBytes'] as const) {
    const before = new Set(expected[key]);
    const newly = found[key].filter((id) => !before.has(id));
    if (newly.length > 0 || found[key].length !== expected[key].length)
      problems.push(
        `file records ${key === 'withoutBytes' ? 'without bytes' : 'whose bytes hash otherwise'}: ` +
          `${found[key].length}, expected ${expected[key].length}${newly.length ? ` (new: ${newly.join(', ')})` : ''}`,
      );
  }
  return problems;
}
