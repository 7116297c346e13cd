import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export interface StoredBytes {
  stream: Readable;
  sizeBytes: number;
}

/**
 * Where the bytes of uploaded files live (ARCHITECTURE.md, Files): the database keeps a file's metadata
 * and its storage key; the storage keeps the bytes under that key, which is random, never derived from
 * the file's name or content, so that no path can be guessed.
 */
export interface FileStorage {
  /** Stores the bytes under a new key and returns the key; the bytes are there whole or not at all. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes stored under a key, or null when there are none (never stored, or removed). */
  open(key: string): Promise<StoredBytes | null>;
  /** Removes the bytes of a key; a key with nothing stored is no error. */
  remove(key: string): Promise<void>;
}

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** One file per key in a local folder (FILE_STORAGE_DIR), created when the first file arrives. */
export class LocalFolderStorage implements FileStorage {
  constructor(readonly folder: string) {}

  async put(bytes: Uint8Array): Promise<string> {
    const key = randomUUID();
    // Written under a temporary name and renamed (atomic on one file system): a crash mid-write
    // leaves a stray temporary file, never a half file under a real key.
    const temporary = join(this.folder, `.tmp-${randomUUID()}`);
    await mkdir(this.folder, { recursive: true });
    try {
      await writeFile(temporary, bytes, { flag: 'wx', mode: 0o600 });
      await rename(temporary, this.pathOf(key));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return key;
  }

  async open(key: string): Promise<StoredBytes | null> {
    // Keys this storage did not make (the demo data's metadata-only rows) have no bytes here.
    if (!KEY.test(key)) return null;
    try {
      const handle = await open(this.pathOf(key), 'r');
      const { size } = await handle.stat();
      return { stream: handle.createReadStream(), sizeBytes: size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    if (KEY.test(key)) await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    return join(this.folder, key);
  }
}
