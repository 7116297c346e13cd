import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterThisFile } from './file-cleanup.js';
import { PNG, pdf, sha256 } from './nomination-uploads.js';
import { startTestApi, type TestApi } from './test-api.js';

const MAX_BYTES = 4096;

interface Reply {
  status: number;
  headers: Headers;
  bytes: Buffer;
  // biome-ignore lint/suspicious/noExplicitAny: the JSON body as sent
  json: any;
}

/** award-rules.md, the online filing flow, step 5: the stamped form, the signed pledge and the evidence. */
describe('uploading and downloading the files of a nomination', () => {
  let api: TestApi;
  let db: pg.Client;
  let storageDir: string;
  let nominator1: string;
  let nominator2: string;
  let secretariat: string;
  let draftId: string;
  let submittedId: string;

  const send = async (path: string, init: RequestInit, token?: string): Promise<Reply> => {
    const response = await fetch(`${api.url}/documents${path}`, {
      ...init,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const isJson = response.headers.get('content-type')?.startsWith('application/json');
    return {
      status: response.status,
      headers: response.headers,
      bytes,
      json: isJson ? JSON.parse(bytes.toString('utf8')) : null,
    };
  };
  const upload = (
    nominationId: string,
    fields: { purpose?: string; evidenceKind?: string },
    file: { bytes: Buffer; name: string } | null,
    token?: string,
  ) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    if (file) form.append('file', new Blob([new Uint8Array(file.bytes)]), file.name);
    return send(`/nominations/${nominationId}/files`, { method: 'POST', body: form }, token);
  };
  const evidence = (bytes: Buffer, name = '专利证书.pdf', token = nominator1) =>
    upload(draftId, { purpose: 'EVIDENCE', evidenceKind: 'PATENT_CERTIFICATE' }, { bytes, name }, token);
  const download = (fileId: string, token?: string, query = '') =>
    send(`/files/${fileId}${query}`, { method: 'GET' }, token);
  const stored = async (fileId: string) =>
    (await db.query('select * from nomination_file where id = $1', [fileId])).rows[0];
  const storedKeys = async () => (await readdir(storageDir).catch(() => [])).sort();
  const setNominationWindow = (opensAt: string, closesAt: string) =>
    db.query(
      `update cycle_window set opens_at = now() + $1::interval, closes_at = now() + $2::interval
       where kind = 'NOMINATION'`,
      [opensAt, closesAt],
    );
  const deleteFile = (id: string, token: string) =>
    api.graphql<{ deleteNominationFile: boolean }>(
      'mutation ($id: ID!) { deleteNominationFile(id: $id) }',
      { id },
      token,
    );

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'award-uploads-'));
    afterThisFile(() => rm(storageDir, { recursive: true, force: true }));
    api = await startTestApi({
      settings: { FILE_STORAGE_DIR: storageDir, UPLOAD_MAX_BYTES: String(MAX_BYTES) },
    });
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    [nominator1, nominator2, secretariat] = await Promise.all(
      ['nominator1@example.com', 'nominator2@example.com', 'secretariat@example.com'].map((email) =>
        api.login(email),
      ),
    );
    // The demo cycle's windows are in 2024: open registration and nomination around now.
    await db.query(`update cycle_window set opens_at = now() - interval '1 day', closes_at = now() + interval '1 day'
      where kind in ('REGISTRATION', 'NOMINATION')`);
    const { rows: cycles } = await db.query(`select c.id as cycle_id, f.id as field_id from award_cycle c
      join expertise_field f on f.cycle_id = c.id order by f.id limit 1`);
    const [{ cycle_id: cycleId, field_id: fieldId }] = cycles;
    await api.graphql(
      'mutation ($id: ID!) { registerForCycle(cycleId: $id) { id } }',
      { id: cycleId },
      nominator1,
    );
    const startDraft = async (projectName: string) => {
      const created = await api.graphql<{ createNomination: { id: string } }>(
        `mutation ($input: NewNominationInput!) { createNomination(input: $input) { id } }`,
        { input: { cycleId, fieldId, category: 'PROGRESS', projectName } },
        nominator1,
      );
      expect(created.errors).toBeUndefined();
      return created.data?.createNomination.id ?? '';
    };
    draftId = await startDraft('在线计量智能校准');
    submittedId = await startDraft('已提交的项目');
    // Submitted as the lead's submitNomination would leave it; only the state matters here.
    await db.query(`update nomination set status = 'SUBMITTED', submitted_at = now() where id = $1`, [
      submittedId,
    ]);
  });
  afterAll(() => db.end());

  it('stores a PDF evidence file with its SHA-256 under a random key, and audits the upload', async () => {
    const bytes = pdf();
    const reply = await evidence(bytes);
    expect(reply.status).toBe(201);
    expect(reply.json.file).toEqual({
      id: expect.any(String),
      fileName: '专利证书.pdf',
      mediaType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: sha256(bytes),
      purpose: 'EVIDENCE',
      evidenceKind: 'PATENT_CERTIFICATE',
      uploadedAt: expect.any(String),
    });
    const row = await stored(reply.json.file.id);
    expect(row).toMatchObject({ nomination_id: draftId, sha256: sha256(bytes), size_bytes: bytes.length });
    expect(row.storage_key).toMatch(/^[0-9a-f-]{36}$/);
    expect(await readFile(join(storageDir, row.storage_key))).toEqual(bytes);
    const { rows: audits } = await db.query(
      `select a.after, u.email from audit_event a join app_user u on u.id = a.actor_id
       where a.action = 'NOMINATION_FILE_UPLOADED' and a.entity_id = $1`,
      [row.id],
    );
    expect(audits).toEqual([
      {
        email: 'nominator1@example.com',
        after: expect.objectContaining({ nominationId: draftId, sha256: sha256(bytes), purpose: 'EVIDENCE' }),
      },
    ]);
  });

  it('gives the same bytes back to the owner inline and to the secretariat as an attachment', async () => {
    const bytes = pdf();
    const { json } = await evidence(bytes, '查新报告.pdf');
    const own = await download(json.file.id, nominator1);
    expect(own.status).toBe(200);
    expect(own.bytes).toEqual(bytes);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('content-length')).toBe(String(bytes.length));
    expect(own.headers.get('cache-control')).toBe('no-store');
    expect(own.headers.get('x-content-type-options')).toBe('nosniff');
    expect(own.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(own.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('查新报告.pdf')}`,
    );

    const staff = await download(json.file.id, secretariat, '?download=1');
    expect(staff.status).toBe(200);
    expect(sha256(staff.bytes)).toBe(sha256(bytes));
    expect(staff.headers.get('content-disposition')).toMatch(/^attachment; /);
  });

  it('lists the upload among the nomination’s files', async () => {
    const { json } = await evidence(pdf(), '检测报告.pdf');
    const result = await api.graphql<{ nomination: { files: { id: string; sha256: string }[] } }>(
      'query ($id: ID!) { nomination(id: $id) { files { id sha256 } } }',
      { id: draftId },
      nominator1,
    );
    expect(result.data?.nomination.files).toContainEqual({ id: json.file.id, sha256: json.file.sha256 });
  });

  it("refuses another organization's nominator with NOT_FOUND, both ways", async () => {
    const before = await storedKeys();
    const foreign = await evidence(pdf(), 'x.pdf', nominator2);
    expect(foreign.status).toBe(404);
    expect(foreign.json.error.code).toBe('NOT_FOUND');
    expect(await storedKeys()).toEqual(before);

    const { json } = await evidence(pdf());
    const peek = await download(json.file.id, nominator2);
    expect(peek.status).toBe(404);
    expect(peek.json.error.code).toBe('NOT_FOUND');
    expect(peek.bytes.toString('utf8')).not.toContain('%PDF');
  });

  it('refuses a signed-out request with UNAUTHENTICATED, both ways', async () => {
    const refused = await upload(
      draftId,
      { purpose: 'EVIDENCE', evidenceKind: 'PAPER' },
      { bytes: pdf(), name: 'x.pdf' },
    );
    expect(refused.status).toBe(401);
    expect(refused.json.error.code).toBe('UNAUTHENTICATED');
    const { json } = await evidence(pdf());
    const anonymous = await download(json.file.id);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a file named .pdf whose bytes are a PNG or text, naming the field file', async () => {
    const before = await storedKeys();
    const png = await upload(
      draftId,
      { purpose: 'STAMPED_FORM' },
      { bytes: PNG, name: '提名书.pdf' },
      nominator1,
    );
    expect(png.status).toBe(400);
    expect(png.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(png.json.error.message).toContain('a PNG image');
    // Evidence may be a PNG, but not one whose name says PDF.
    const pngEvidence = await evidence(PNG, '证书.pdf');
    expect(pngEvidence.status).toBe(400);
    expect(pngEvidence.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    const text = await evidence(Buffer.from('not a PDF at all, only text'), '报告.pdf');
    expect(text.status).toBe(400);
    expect(text.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(await storedKeys()).toEqual(before);
  });

  it('accepts a PNG photograph as evidence, typed by its content', async () => {
    const reply = await evidence(PNG, '用户报告.png');
    expect(reply.status).toBe(201);
    expect(reply.json.file.mediaType).toBe('image/png');
    expect((await download(reply.json.file.id, nominator1)).headers.get('content-type')).toBe('image/png');
  });

  it('refuses a file over UPLOAD_MAX_BYTES with 413 PAYLOAD_TOO_LARGE', async () => {
    const before = await storedKeys();
    const large = Buffer.concat([pdf(), Buffer.alloc(MAX_BYTES, 0x20)]);
    const reply = await evidence(large, 'large.pdf');
    expect(reply.status).toBe(413);
    expect(reply.json.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file', maxBytes: MAX_BYTES });
    const { rows } = await db.query('select 1 from nomination_file where sha256 = $1', [sha256(large)]);
    expect(rows).toHaveLength(0);
    expect(await storedKeys()).toEqual(before);
  });

  it('refuses the same content twice on one nomination with CONFLICT, and keeps no second copy', async () => {
    const bytes = pdf();
    const first = await evidence(bytes, 'first.pdf');
    expect(first.status).toBe(201);
    const before = await storedKeys();
    const again = await upload(
      draftId,
      { purpose: 'EVIDENCE', evidenceKind: 'USER_REPORT' },
      { bytes, name: 'second.pdf' },
      nominator1,
    );
    expect(again.status).toBe(409);
    expect(again.json.error).toMatchObject({ code: 'CONFLICT', field: 'file', fileId: first.json.file.id });
    expect(again.json.error.message).toContain('first.pdf');
    const { rows } = await db.query('select id from nomination_file where sha256 = $1', [sha256(bytes)]);
    expect(rows).toEqual([{ id: first.json.file.id }]);
    expect(await storedKeys()).toEqual(before);
  });

  it('needs the kind of a piece of evidence, and a known purpose, and a file', async () => {
    const file = { bytes: pdf(), name: 'x.pdf' };
    const withoutKind = await upload(draftId, { purpose: 'EVIDENCE' }, file, nominator1);
    expect(withoutKind.status).toBe(400);
    expect(withoutKind.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidenceKind' });
    const unknownKind = await upload(
      draftId,
      { purpose: 'EVIDENCE', evidenceKind: 'RUMOUR' },
      file,
      nominator1,
    );
    expect(unknownKind.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidenceKind' });
    const kindOfForm = await upload(
      draftId,
      { purpose: 'STAMPED_FORM', evidenceKind: 'PAPER' },
      file,
      nominator1,
    );
    expect(kindOfForm.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidenceKind' });
    const noPurpose = await upload(draftId, {}, file, nominator1);
    expect(noPurpose.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purpose' });
    const noFile = await upload(draftId, { purpose: 'SIGNED_PLEDGE' }, null, nominator1);
    expect(noFile.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    const { rows } = await db.query('select 1 from nomination_file where sha256 = $1', [sha256(file.bytes)]);
    expect(rows).toHaveLength(0);
  });

  it('replaces the stamped form with a new one, and removes the old bytes', async () => {
    const stamped = async (name: string) => {
      const reply = await upload(draftId, { purpose: 'STAMPED_FORM' }, { bytes: pdf(), name }, nominator1);
      expect(reply.status).toBe(201);
      return reply.json.file;
    };
    const first = await stamped('提名书（盖章）.pdf');
    const firstKey = (await stored(first.id)).storage_key;
    const second = await stamped('提名书（盖章）第二版.pdf');
    const { rows } = await db.query(
      `select id from nomination_file where nomination_id = $1 and purpose = 'STAMPED_FORM'`,
      [draftId],
    );
    expect(rows).toEqual([{ id: second.id }]);
    expect(await storedKeys()).not.toContain(firstKey);
    expect((await download(first.id, nominator1)).status).toBe(404);
    expect((await download(second.id, nominator1)).status).toBe(200);
    const { rows: audits } = await db.query(
      `select after from audit_event where action = 'NOMINATION_FILE_REPLACED' and entity_id = $1`,
      [first.id],
    );
    expect(audits).toEqual([{ after: { replacedBy: second.id } }]);
  });

  it('keeps one signed pledge beside the stamped form', async () => {
    const pledge = await upload(
      draftId,
      { purpose: 'SIGNED_PLEDGE' },
      { bytes: pdf(), name: '承诺书.pdf' },
      nominator1,
    );
    expect(pledge.status).toBe(201);
    const { rows } = await db.query(
      `select purpose, count(*)::int as count from nomination_file
       where nomination_id = $1 and purpose <> 'EVIDENCE' group by purpose order by purpose`,
      [draftId],
    );
    expect(rows).toEqual([
      { purpose: 'STAMPED_FORM', count: 1 },
      { purpose: 'SIGNED_PLEDGE', count: 1 },
    ]);
  });

  it('refuses uploads and deletions with WINDOW_CLOSED outside the nomination window', async () => {
    const { json } = await evidence(pdf());
    await setNominationWindow('-2 days', '-1 second');
    try {
      const late = await evidence(pdf());
      expect(late.status).toBe(409);
      expect(late.json.error).toMatchObject({ code: 'WINDOW_CLOSED', window: 'NOMINATION' });
      const lateDelete = await deleteFile(json.file.id, nominator1);
      expect(lateDelete.errors?.[0].extensions?.code).toBe('WINDOW_CLOSED');
      expect(await stored(json.file.id)).toBeDefined();
    } finally {
      await setNominationWindow('-1 day', '1 day');
    }
  });

  it('refuses uploads to a submitted nomination with CONFLICT naming its state', async () => {
    const reply = await upload(
      submittedId,
      { purpose: 'EVIDENCE', evidenceKind: 'PAPER' },
      { bytes: pdf(), name: 'late.pdf' },
      nominator1,
    );
    expect(reply.status).toBe(409);
    expect(reply.json.error).toMatchObject({ code: 'CONFLICT', status: 'SUBMITTED' });
    // The state by its label, as the reader's language names it (the code stays in `status`).
    expect(reply.json.error.message).toContain('“Submitted”');
  });

  it('deletes a file with deleteNominationFile: the row, its bytes and its download are gone', async () => {
    const { json } = await evidence(pdf());
    const key = (await stored(json.file.id)).storage_key;

    const foreign = await deleteFile(json.file.id, nominator2);
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await storedKeys()).toContain(key);

    const result = await deleteFile(json.file.id, nominator1);
    expect(result.errors).toBeUndefined();
    expect(result.data?.deleteNominationFile).toBe(true);
    expect(await stored(json.file.id)).toBeUndefined();
    expect(await storedKeys()).not.toContain(key);
    expect((await download(json.file.id, nominator1)).status).toBe(404);
    const { rows } = await db.query(
      `select before from audit_event where action = 'NOMINATION_FILE_DELETED' and entity_id = $1`,
      [json.file.id],
    );
    expect(rows).toEqual([{ before: expect.objectContaining({ sha256: json.file.sha256 }) }]);

    const again = await deleteFile(json.file.id, nominator1);
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses the download to an expert not assigned to the nomination', async () => {
    const { json } = await evidence(pdf());
    const expert = await api.login('expert1@example.com');
    const reply = await download(json.file.id, expert);
    expect(reply.status).toBe(404);
    expect(reply.json.error.code).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for a demo file whose bytes were never stored', async () => {
    const { rows } = await db.query(`select id from nomination_file where storage_key like 'demo/%' limit 1`);
    const reply = await download(rows[0].id, secretariat);
    expect(reply.status).toBe(404);
    expect(reply.json.error.code).toBe('NOT_FOUND');
  });
});
