import { createHash } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** One file of the file store: its storage key (its name in the folder), size and SHA-256. */
export interface StoredFile {
  key: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * The names of a file store folder's files, sorted. Hidden names are the storage's temporaries
 * (".tmp-…", left by an upload cut short), never a stored file; a missing folder holds none.
 */
export async function storedFileNames(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Every file of a folder, each read whole and hashed. */
export async function listStoredFiles(folder: string): Promise<StoredFile[]> {
  const files: StoredFile[] = [];
  // One file at a time: a store of thousands must not open thousands of descriptors at once.
  for (const key of await storedFileNames(folder))
    files.push({ key, ...(await hashFile(join(folder, key))) });
  return files;
}

export async function hashFile(path: string): Promise<{ sizeBytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    sizeBytes += (chunk as Buffer).length;
  }
  return { sizeBytes, sha256: hash.digest('hex') };
}

/**
 * Copies the files of one store folder into another, never over a file already there, and lists the
 * copies as read back from the destination: the hashes are of what was written, not of the source.
 */
export async function copyStoredFiles(from: string, to: string): Promise<StoredFile[]> {
  await mkdir(to, { recursive: true, mode: 0o700 });
  for (const key of await storedFileNames(from))
    await copyFile(join(from, key), join(to, key), constants.COPYFILE_EXCL);
  return listStoredFiles(to);
}

/** How the files found differ from the files expected, one line a difference; none when equal. */
export function compareStoredFiles(expected: StoredFile[], found: StoredFile[]): string[] {
  const foundByKey = new Map(found.map((file) => [file.key, file]));
  const expectedKeys = new Set(expected.map((file) => file.key));
  const problems: string[] = [];
  for (const file of expected) {
    const copy = foundByKey.get(file.key);
    if (!copy) problems.push(`file ${file.key}: missing`);
    else if (copy.sizeBytes !== file.sizeBytes || copy.sha256 !== file.sha256)
      problems.push(
        `file ${file.key}: ${copy.sizeBytes} bytes with SHA-256 ${copy.sha256}, ` +
          `expected ${file.sizeBytes} bytes with ${file.sha256}`,
      );
  }
  for (const file of found)
    if (!expectedKeys.has(file.key)) problems.push(`file ${file.key}: not in the backup`);
  return problems;
}

export function totalBytes(files: StoredFile[]): number {
  return files.reduce((sum, file) => sum + file.sizeBytes, 0);
}
