import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, createDeflate, createDeflateRaw, deflateSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterThisFile } from './file-cleanup.js';
import { type Draft, openFilingWindows, startDraft } from './nomination-fixtures.js';
import { startTestApi, type TestApi } from './test-api.js';

const MAX_BYTES = 2 * 2 ** 20;
const MIB = 2 ** 20;

/** `size` MB of zeros through a zlib stream, one MB at a time: the bomb, never whole in memory. */
async function compressedZeros(megabytes: number, raw: boolean): Promise<Buffer> {
  const deflate = raw ? createDeflateRaw({ level: 9 }) : createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const zeros = Buffer.alloc(MIB);
  for (let i = 0; i < megabytes; i++) deflate.write(zeros);
  await new Promise((resolve) => deflate.end(resolve));
  return Buffer.concat(chunks);
}

/** A PDF of the given objects (numbered from 1, the first the catalog), with its cross-reference table. */
function pdfOf(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    const object = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      Buffer.from(body),
      Buffer.from('\nendobj\n'),
    ]);
    offsets.push(offset);
    offset += object.length;
    parts.push(object);
  }
  const xref = offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}

/** One page whose content stream is `stream`, decoded by `filter`. */
function onePagePdf(stream: Buffer, filter: string): Buffer {
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    Buffer.concat([
      Buffer.from(`<< /Length ${stream.length} /Filter ${filter} >>\nstream\n`),
      stream,
      Buffer.from('\nendstream'),
    ]),
  ]);
}

/** A page tree `depth` levels deep, a page beside each level: as many pages, twice as many objects. */
function deepPageTreePdf(depth: number): Buffer {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>'];
  for (let level = 0; level < depth; level++) {
    const node = 2 + 2 * level;
    const kids = level < depth - 1 ? `${node + 1} 0 R ${node + 2} 0 R` : `${node + 1} 0 R`;
    const parent = level === 0 ? '' : ` /Parent ${node - 2} 0 R`;
    objects.push(`<< /Type /Pages${parent} /Kids [${kids}] /Count ${depth - level} >>`);
    objects.push(`<< /Type /Page /Parent ${node} 0 R /MediaBox [0 0 595 842] >>`);
  }
  return pdfOf(objects);
}

/** A ZIP with one deflated entry whose header says it is small: its data inflates to whatever it holds. */
function lyingZip(name: string, deflated: Buffer): Buffer {
  const fileName = Buffer.from(name);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8); // deflate
  header.writeUInt32LE(crc32('application/pdf'), 14);
  header.writeUInt32LE(deflated.length, 18);
  header.writeUInt32LE('application/pdf'.length, 22); // the lie: 15 bytes
  header.writeUInt16LE(fileName.length, 26);
  return Buffer.concat([header, fileName, deflated]);
}

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a7d5a1e60000000049454e44ae426082',
  'hex',
);
const WINDOWS_EXECUTABLE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x40, 0, 0, 0])]);
const LINUX_EXECUTABLE = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(57)]);

/** The peak resident memory of this process (the API runs in it), in bytes. */
const peakMemory = () => process.resourceUsage().maxRSS * 1024;

/**
 * issue 9, part 3: files whose name and declared type say PDF but whose bytes are something else, and
 * PDFs built to exhaust a server that would decode them. The server reads only magic numbers
 * (files/file-content.ts) and never inflates a PDF, so a bomb is stored as the opaque bytes it is.
 */
describe('uploads with lying types and PDF bombs', () => {
  let api: TestApi;
  let db: pg.Client;
  let storageDir: string;
  let token: string;
  let draft: Draft;
  const outcomes = new Map<string, number>();
  let tried = 0;
  let bombs: { name: string; bytes: Buffer; inflatesTo: string }[];
  let zipBomb: Buffer;
  let gzipBomb: Buffer;

  const upload = async (bytes: Buffer, name: string) => {
    const form = new FormData();
    form.append('purpose', 'EVIDENCE');
    form.append('evidenceKind', 'PAPER');
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name);
    const response = await fetch(`${api.url}/documents/nominations/${draft.id}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    // biome-ignore lint/suspicious/noExplicitAny: the JSON body as sent
    const json: any = await response.json();
    tried += 1;
    const outcome = `${response.status} ${json.error?.code ?? 'STORED'}`;
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    return { status: response.status, json };
  };
  const download = async (fileId: string) => {
    const response = await fetch(`${api.url}/documents/files/${fileId}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  };
  const stored = async () => ({
    keys: (await readdir(storageDir)).sort(),
    rows: (await db.query('select count(*)::int as n from nomination_file')).rows[0].n,
  });
  const stillServes = async () => (await api.graphql('{ viewer { id } }', {}, token)).data?.viewer;

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'award-hostile-uploads-'));
    afterThisFile(() => rm(storageDir, { recursive: true, force: true }));
    api = await startTestApi({
      settings: { FILE_STORAGE_DIR: storageDir, UPLOAD_MAX_BYTES: String(MAX_BYTES) },
    });
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    await openFilingWindows(db);
    token = await api.login('nominator5@example.com');
    draft = await startDraft(api, db, token);
    const zlibZeros = await compressedZeros(256, false);
    bombs = [
      { name: 'flate-bomb.pdf', bytes: onePagePdf(zlibZeros, '/FlateDecode'), inflatesTo: '256 MB' },
      {
        name: 'double-flate-bomb.pdf',
        bytes: onePagePdf(deflateSync(zlibZeros, { level: 9 }), '[/FlateDecode /FlateDecode]'),
        inflatesTo: '256 MB through 250 KB',
      },
    ];
    zipBomb = lyingZip('mimetype', await compressedZeros(64, true));
    gzipBomb = gzipSync(Buffer.alloc(64 * MIB), { level: 9 });
  });
  afterAll(async () => {
    console.log(
      `hostile uploads: ${tried} uploads; outcomes ${JSON.stringify(Object.fromEntries([...outcomes].sort()))}; ` +
        `bombs ${bombs.map((bomb) => `${bomb.name} ${bomb.bytes.length} B → ${bomb.inflatesTo}`).join(', ')}`,
    );
    await db.end();
  });

  it('refuses a PNG, a ZIP, executables, a script and a page named .pdf and sent as application/pdf', async () => {
    const before = await stored();
    const liars: [string, Buffer, RegExp][] = [
      ['证书.pdf', PNG, /a PNG image/],
      ['archive.pdf', lyingZip('readme.txt', deflateSync('hello').subarray(2, -4)), /a file of type ZIP/],
      ['setup.pdf', WINDOWS_EXECUTABLE, /a file of type EXE/],
      ['tool.pdf', LINUX_EXECUTABLE, /a file of type ELF/],
      ['install.pdf', Buffer.from('#!/bin/sh\nrm -rf /\n'), /no recognised type/],
      ['page.pdf', Buffer.from('<html><script>window.__pwned = 1</script></html>'), /no recognised type/],
    ];
    for (const [name, bytes, content] of liars) {
      const reply = await upload(bytes, name);
      expect({ name, status: reply.status }).toEqual({ name, status: 400 });
      expect(reply.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(reply.json.error.message).toMatch(content);
    }
    expect(await stored()).toEqual(before);
  });

  it('refuses archives that inflate to 64 MB by what their first bytes say, inflating them no further', async () => {
    const before = await stored();
    const peakBefore = peakMemory();
    for (const [name, bytes, type] of [
      ['zip-bomb.pdf', zipBomb, 'a file of type ZIP'],
      ['gzip-bomb.pdf', gzipBomb, 'a file of type GZ'],
    ] as const) {
      const reply = await upload(bytes, name);
      expect({ name, status: reply.status }).toEqual({ name, status: 400 });
      expect(reply.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(reply.json.error.message).toContain(type);
    }
    expect(peakMemory() - peakBefore).toBeLessThan(32 * MIB);
    expect(await stored()).toEqual(before);
    expect(await stillServes()).toBeTruthy();
  });

  it('stores a PDF header followed by junk as the opaque PDF it claims to be, served as one', async () => {
    for (const tail of [randomBytes(4096), Buffer.from('<html><script>window.__pwned = 1</script>')]) {
      const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), tail]);
      const reply = await upload(bytes, 'junk.pdf');
      expect(reply.status).toBe(201);
      expect(reply.json.file).toMatchObject({ mediaType: 'application/pdf', sizeBytes: bytes.length });
      const served = await download(reply.json.file.id);
      expect(served.bytes).toEqual(bytes);
      // Never sniffed into a page: the browser gets a PDF, or nothing.
      expect(served.headers.get('content-type')).toBe('application/pdf');
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('stores FlateDecode bombs (256 MB inflated) as they are, without inflating them', async () => {
    const peakBefore = peakMemory();
    for (const bomb of bombs) {
      const reply = await upload(bomb.bytes, bomb.name);
      expect(reply.status).toBe(201);
      expect(reply.json.file).toMatchObject({ mediaType: 'application/pdf', sizeBytes: bomb.bytes.length });
      expect((await download(reply.json.file.id)).bytes).toEqual(bomb.bytes);
    }
    // Decoding either stream would have taken 256 MB at least.
    expect(peakMemory() - peakBefore).toBeLessThan(64 * MIB);
    expect(await stillServes()).toBeTruthy();
  });

  it('stores a PDF of 5,000 pages nested 5,000 levels deep as it is', async () => {
    const bytes = deepPageTreePdf(5000);
    expect(bytes.length).toBeLessThan(MAX_BYTES);
    const reply = await upload(bytes, 'deep-pages.pdf');
    expect(reply.status).toBe(201);
    expect((await download(reply.json.file.id)).bytes).toEqual(bytes);
    expect(await stillServes()).toBeTruthy();
  });

  it('refuses a bomb larger than UPLOAD_MAX_BYTES with 413, whatever it would inflate to', async () => {
    const before = await stored();
    const padded = Buffer.concat([bombs[0].bytes, Buffer.alloc(MAX_BYTES)]);
    const reply = await upload(padded, 'padded-bomb.pdf');
    expect(reply.status).toBe(413);
    expect(reply.json.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', maxBytes: MAX_BYTES });
    expect(await stored()).toEqual(before);
  });
});
