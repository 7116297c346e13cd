import pg from 'pg';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';

/** The text of a PDF as pdf.js reads it, through its ToUnicode maps: what a reader would copy. */
async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
  return text;
}

interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

const FORM_SECTIONS = [
  '项目基本情况',
  '项目简介',
  '主要技术创新点',
  '客观评价',
  '主要完成人情况',
  '主要完成单位情况',
  '经济效益',
  '社会效益',
  '推广应用情况',
  '知识产权',
  '提名意见',
  '提名单位声明',
];

/** award-rules.md, The online filing flow, step 4: the form and the pledge, printed as PDF. */
describe('the nomination form and the pledge as PDFs', () => {
  let api: TestApi;
  let db: pg.Client;
  let nominator1: string;
  let own: { id: string; projectName: string; version: number };

  const download = async (nominationId: string, file: string, token?: string): Promise<Download> => {
    const response = await fetch(`${api.url}/documents/nominations/${nominationId}/${file}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return {
      status: response.status,
      headers: response.headers,
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  };
  const errorOf = (result: Download) => JSON.parse(result.bytes.toString('utf8')).error;
  const newestDocument = async (nominationId: string) =>
    (
      await db.query(
        `select d.*, u.email from generated_document d join app_user u on u.id = d.generated_by_id
         where d.nomination_id = $1 order by d.generated_at desc limit 1`,
        [nominationId],
      )
    ).rows[0];

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    nominator1 = await api.login('nominator1@example.com');
    const { rows } = await db.query(`select n.id, n.project_name, n.version from nomination n
      join app_user u on u.organization_id = n.nominator_id
      where u.email = 'nominator1@example.com' and n.code = 'PRG-2024-001'`);
    own = { id: rows[0].id, projectName: rows[0].project_name, version: rows[0].version };
  });
  afterAll(() => db.end());

  it("gives a nominator its own form, every section in order, with the number and the content's hash", async () => {
    const result = await download(own.id, 'form.pdf', nominator1);
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe('application/pdf');
    expect(result.headers.get('cache-control')).toBe('no-store');
    expect(result.headers.get('content-disposition')).toMatch(
      /^attachment; filename="?[A-Za-z0-9._-]+\.pdf"?$/,
    );
    expect(result.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The CJK font is embedded as a subset of the glyphs used, not whole (about 10 MB).
    expect(result.bytes.length).toBeLessThan(400_000);

    const stored = await newestDocument(own.id);
    expect(stored).toMatchObject({
      kind: 'FORM',
      nomination_version: own.version,
      email: 'nominator1@example.com',
    });
    expect(stored.number).toMatch(/^QTA-2024-FORM-\d{6}$/);
    expect(result.headers.get('content-disposition')).toContain(stored.number);

    const text = await pdfText(result.bytes);
    expect(text).toContain('2024年上海市质量协会质量技术奖提名书');
    expect(text).toContain('沪质协〔2024〕20号');
    expect(text).toContain(own.projectName);
    expect(text).toContain(stored.number);
    expect(text).toContain(stored.content_sha256);
    // Headings are numbered lines (一、项目基本情况), not the same words inside a field's label.
    const positions = FORM_SECTIONS.map((heading) =>
      text.search(new RegExp(`^[一二三四五六七八九十]+、${heading}`, 'm')),
    );
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('gives each download a new number, and the same hash while the content is the same', async () => {
    const first = await download(own.id, 'form.pdf', nominator1);
    const firstStored = await newestDocument(own.id);
    const second = await download(own.id, 'form.pdf', nominator1);
    const secondStored = await newestDocument(own.id);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(secondStored.number).not.toBe(firstStored.number);
    expect(secondStored.content_sha256).toBe(firstStored.content_sha256);
    expect(await pdfText(second.bytes)).toContain(secondStored.number);
  });

  it("prints the first completer's pledge with the project's and the completer's names", async () => {
    const result = await download(own.id, 'pledge.pdf', nominator1);
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe('application/pdf');
    const { rows } = await db.query(
      'select name from completer where nomination_id = $1 order by position limit 1',
      [own.id],
    );
    const stored = await newestDocument(own.id);
    expect(stored.number).toMatch(/^QTA-2024-PLEDGE-\d{6}$/);
    const text = await pdfText(result.bytes);
    expect(text).toContain('第一完成人承诺书');
    expect(text).toContain(own.projectName);
    expect(text).toContain(`第一完成人：${rows[0].name}`);
    expect(text).toContain(stored.number);
    expect(text).toContain(stored.content_sha256);
  });

  it('refuses the form of an incomplete nomination with INCOMPLETE, naming what is missing', async () => {
    const { rows } = await db.query(`update nomination n set nominator_opinion = '' from app_user u
      where u.organization_id = n.nominator_id and u.email = 'nominator1@example.com'
        and n.code = 'PRG-2024-010' returning n.id`);
    const result = await download(rows[0].id, 'form.pdf', nominator1);
    expect(result.status).toBe(409);
    expect(errorOf(result)).toMatchObject({
      code: 'INCOMPLETE',
      sections: [{ section: 'OPINION', missing: ['nominatorOpinion'] }],
    });
    expect(await newestDocument(rows[0].id)).toBeUndefined();
  });

  it("answers NOT_FOUND for another organization's nomination, as for one that does not exist", async () => {
    const nominator2 = await api.login('nominator2@example.com');
    for (const file of ['form.pdf', 'pledge.pdf']) {
      const foreign = await download(own.id, file, nominator2);
      expect(foreign.status).toBe(404);
      expect(errorOf(foreign).code).toBe('NOT_FOUND');
    }
    const missing = await download('00000000-0000-4000-8000-000000000000', 'form.pdf', nominator2);
    expect(missing.status).toBe(404);
    expect(errorOf(missing).code).toBe('NOT_FOUND');
  });

  it('prints nothing for an expert, even of a nomination it reviews', async () => {
    const expert = await api.login('expert1@example.com');
    const visible = await api.graphql<{ nominations: { edges: { node: { id: string } }[] } }>(
      '{ nominations(first: 1) { edges { node { id } } } }',
      {},
      expert,
    );
    const [edge] = visible.data?.nominations.edges ?? [];
    expect(edge).toBeDefined();
    expect((await download(edge.node.id, 'form.pdf', expert)).status).toBe(404);
  });

  it('refuses a signed-out request with UNAUTHENTICATED', async () => {
    const result = await download(own.id, 'form.pdf');
    expect(result.status).toBe(401);
    expect(result.headers.get('www-authenticate')).toBe('Bearer');
    expect(errorOf(result).code).toBe('UNAUTHENTICATED');
  });

  it("lets the secretariat print any nomination's form, and audits each printout", async () => {
    const secretariat = await api.login('secretariat@example.com');
    const result = await download(own.id, 'form.pdf', secretariat);
    expect(result.status).toBe(200);
    const stored = await newestDocument(own.id);
    expect(stored.email).toBe('secretariat@example.com');
    const { rows } = await db.query(
      `select a.after, u.email from audit_event a join app_user u on u.id = a.actor_id
       where a.action = 'DOCUMENT_GENERATED' and a.entity_type = 'GeneratedDocument' and a.entity_id = $1`,
      [stored.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].email).toBe('secretariat@example.com');
    expect(rows[0].after).toMatchObject({
      number: stored.number,
      kind: 'FORM',
      nominationId: own.id,
      contentSha256: stored.content_sha256,
    });
  });
});
