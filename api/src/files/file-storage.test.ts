import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalFolderStorage } from './file-storage.js';

describe('the local folder storage', () => {
  let folder: string;
  let storage: LocalFolderStorage;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'award-storage-'));
    storage = new LocalFolderStorage(join(folder, 'files'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('stores bytes under a new random key, and nothing else is left in the folder', async () => {
    const first = await storage.put(Buffer.from('first'));
    const second = await storage.put(Buffer.from('first'));
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second).not.toBe(first);
    expect((await readdir(join(folder, 'files'))).sort()).toEqual([first, second].sort());
    expect(await readFile(join(folder, 'files', first), 'utf8')).toBe('first');
  });

  it('opens the stored bytes with their size', async () => {
    const key = await storage.put(Buffer.from('证实性材料'));
    const stored = await storage.open(key);
    if (!stored) throw new Error('nothing stored');
    expect(stored.sizeBytes).toBe(Buffer.byteLength('证实性材料'));
    expect(await text(stored.stream)).toBe('证实性材料');
  });

  it('has nothing under a removed key, a key never stored, or a key it did not make', async () => {
    const key = await storage.put(Buffer.from('x'));
    await storage.remove(key);
    await storage.remove(key);
    expect(await storage.open(key)).toBeNull();
    expect(await storage.open('00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await storage.open('demo/abc')).toBeNull();
    expect(await storage.open('../../etc/passwd')).toBeNull();
    expect(await readdir(join(folder, 'files'))).toEqual([]);
  });
});
