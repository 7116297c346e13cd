import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { creditCodeCheckCharacter } from '../src/organizations/credit-code.js';
import { startTestApi, type TestApi } from './test-api.js';

const IMPORT = `mutation ($cycleId: ID!, $fileName: String!, $fileBase64: String!, $dryRun: Boolean) {
  importExperts(cycleId: $cycleId, fileName: $fileName, fileBase64: $fileBase64, dryRun: $dryRun) {
    created updated isDryRun isCommitted refused { row field message } } }`;

interface Report {
  created: number;
  updated: number;
  isDryRun: boolean;
  isCommitted: boolean;
  refused: { row: number; field: string; message: string }[];
}

/** issue 5, Expert pool and Bad input: the secretariat imports experts from a spreadsheet, all or nothing. */
describe('importing experts from a spreadsheet', () => {
  let api: TestApi;
  let db: pg.Client;
  let secretariat: string;
  let cycleId: string;
  let templateHeader: string;
  let codes: string[];
  /** A demo expert, to be matched by name and employer. */
  let known: { id: string; name: string; creditCode: string };

  const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0];
  const expertCount = async () => (await one('select count(*)::int as n from expert')).n as number;
  const csv = (...rows: string[][]) => [templateHeader, ...rows.map((row) => row.join(','))].join('\r\n');
  const send = async (fileName: string, bytes: Buffer, dryRun = false) => {
    const result = await api.graphql<{ importExperts: Report }>(
      IMPORT,
      { cycleId, fileName, fileBase64: bytes.toString('base64'), dryRun },
      secretariat,
    );
    expect(result.errors).toBeUndefined();
    return result.data?.importExperts as Report;
  };

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    secretariat = await api.login('secretariat@example.com');
    cycleId = (await one('select id from award_cycle where year = 2024')).id;
    codes = (await db.query('select credit_code from organization order by credit_code limit 3')).rows.map(
      (row) => row.credit_code,
    );
    known = await one(`select e.id, e.name, o.credit_code as "creditCode" from expert e
      join organization o on o.id = e.employer_id order by e.name limit 1`);
    const template = await api.graphql<{ expertImportTemplate: { csv: string; columns: { key: string }[] } }>(
      '{ expertImportTemplate { csv columns { key } } }',
      {},
      secretariat,
    );
    templateHeader = template.data?.expertImportTemplate.csv.trim() as string;
    expect(templateHeader.split(',')).toHaveLength(8);
    expect(template.data?.expertImportTemplate.columns.map((column) => column.key)).toEqual([
      'name',
      'title',
      'employerCreditCode',
      'email',
      'primaryField',
      'secondaryFields',
      'maxLoad',
      'pastEmployers',
    ]);
  });
  afterAll(() => db.end());

  it('refuses bad rows one by one, naming row and column, and writes nothing', async () => {
    const absent = `91310000MA1FL0000${creditCodeCheckCharacter('91310000MA1FL0000')}`;
    const before = await expertCount();
    const report = await send(
      'bad.csv',
      Buffer.from(
        csv(
          ['好行', '工程师', codes[0], '', 'METROLOGY', '', '5', ''],
          ['单位不存在', '工程师', absent, '', 'METROLOGY', '', '5', ''],
          ['领域不存在', '工程师', codes[0], '', 'NO_SUCH_FIELD', '', '5', ''],
          ['负荷为零', '工程师', codes[0], '', 'METROLOGY', '', '0', ''],
          ['日期有误', '工程师', codes[0], '', 'METROLOGY', '', '5', `${codes[1]}:2021-13-01`],
        ),
      ),
    );
    expect(report.refused.map(({ row, field }) => ({ row, field }))).toEqual([
      { row: 3, field: 'employerCreditCode' },
      { row: 4, field: 'primaryField' },
      { row: 5, field: 'maxLoad' },
      { row: 6, field: 'pastEmployers' },
    ]);
    expect(report.refused[0].message).toBe(`no organization in the system has the credit code ${absent}`);
    expect(report.refused[1].message).toContain('"NO_SUCH_FIELD" is not a field code of this cycle');
    expect(report.refused[2].message).toContain('from 1 to 200 (is 0)');
    expect(report.refused[3].message).toContain('"2021-13-01" is not a date');
    expect(report).toMatchObject({ created: 1, isCommitted: false, isDryRun: false });
    expect(await expertCount()).toBe(before);
    expect(await one("select count(*)::int as n from audit_event where action = 'EXPERTS_IMPORTED'")).toEqual(
      { n: 0 },
    );
  });

  it('reports a missing column on the header row', async () => {
    const report = await send('no-field.csv', Buffer.from('姓名,职称,统一社会信用代码\r\n甲,工程师,x\r\n'));
    expect(report.refused).toEqual([
      { row: 1, field: 'primaryField', message: 'the column 主专业领域代码 (primary field code) is missing' },
    ]);
  });

  it('on a dry run reports what it would do and writes nothing', async () => {
    const before = await expertCount();
    const file = Buffer.from(csv(['试运行', '工程师', codes[0], '', 'METROLOGY', '', '', '']));
    const report = await send('dry.csv', file, true);
    expect(report).toEqual({ created: 1, updated: 0, isDryRun: true, isCommitted: false, refused: [] });
    expect(await expertCount()).toBe(before);
  });

  it('imports a csv: creates new experts, links accounts by e-mail, updates an expert matched by name and employer', async () => {
    const account = await api.graphql<{ createAccount: { account: { id: string } } }>(
      `mutation { createAccount(email: "import.expert@example.com", displayName: "新专家甲", role: EXPERT) {
        account { id } } }`,
      {},
      secretariat,
    );
    const accountId = account.data?.createAccount.account.id;
    const employmentsBefore = await one(
      'select count(*)::int as n from expert_employment where expert_id = $1',
      [known.id],
    );
    const before = await expertCount();
    const report = await send(
      'experts.csv',
      Buffer.from(
        `\uFEFF${csv(
          [
            '新专家甲',
            '高级工程师',
            codes[0],
            'Import.Expert@example.com',
            'METROLOGY',
            'TESTING;STANDARDIZATION',
            '8',
            `${codes[1]}:2021-12-31`,
          ],
          [known.name, '研究员', known.creditCode, '', 'TESTING', '', '15', ''],
        )}`,
      ),
    );
    expect(report).toEqual({ created: 1, updated: 1, isDryRun: false, isCommitted: true, refused: [] });
    expect(await expertCount()).toBe(before + 1);

    const created = await one(
      `select e.id, e.title, e.max_load, e.user_id, o.credit_code from expert e join organization o on o.id = e.employer_id
       where e.name = '新专家甲'`,
    );
    expect(created).toMatchObject({
      title: '高级工程师',
      max_load: 8,
      user_id: accountId,
      credit_code: codes[0],
    });
    const fields = await db.query(
      `select f.code, ef.is_primary from expert_field ef join expertise_field f on f.id = ef.field_id
       where ef.expert_id = $1 order by ef.is_primary desc, f.code`,
      [created.id],
    );
    expect(fields.rows).toEqual([
      { code: 'METROLOGY', is_primary: true },
      { code: 'STANDARDIZATION', is_primary: false },
      { code: 'TESTING', is_primary: false },
    ]);
    const employment = await one(
      `select to_char(ended_on, 'YYYY-MM-DD') as ended_on, o.credit_code from expert_employment x
       join organization o on o.id = x.organization_id where x.expert_id = $1`,
      [created.id],
    );
    expect(employment).toEqual({ ended_on: '2021-12-31', credit_code: codes[1] });

    const updated = await one('select title, max_load from expert where id = $1', [known.id]);
    expect(updated).toEqual({ title: '研究员', max_load: 15 });
    const updatedFields = await db.query(
      `select f.code, ef.is_primary from expert_field ef join expertise_field f on f.id = ef.field_id where ef.expert_id = $1`,
      [known.id],
    );
    expect(updatedFields.rows).toEqual([{ code: 'TESTING', is_primary: true }]);
    // A blank past-employers cell leaves them as they were.
    expect(
      await one('select count(*)::int as n from expert_employment where expert_id = $1', [known.id]),
    ).toEqual(employmentsBefore);
    const audits = await db.query(
      "select action from audit_event where action in ('EXPERT_CREATED', 'EXPERT_UPDATED', 'EXPERTS_IMPORTED') order by id",
    );
    expect(audits.rows.map((row) => row.action)).toEqual([
      'EXPERT_CREATED',
      'EXPERT_UPDATED',
      'EXPERTS_IMPORTED',
    ]);
  });

  it('imports an xlsx with English headers, 、-separated fields and dates in other spellings', async () => {
    const bytes = await writeXlsxFile([
      [
        'name',
        'title',
        'employer credit code',
        'primary field code',
        'secondary field codes',
        'max load',
        'past employers',
      ],
      [
        '表格专家',
        '教授',
        codes[2],
        'IC',
        'NEV、TESTING',
        20,
        `${codes[0]}:2020/6/30；${codes[1]}：2019.1.5`,
      ],
    ]).toBuffer();
    const report = await send('experts.xlsx', bytes);
    expect(report).toEqual({ created: 1, updated: 0, isDryRun: false, isCommitted: true, refused: [] });
    const expert = await one("select id, max_load, title from expert where name = '表格专家'");
    expect(expert).toMatchObject({ max_load: 20, title: '教授' });
    const fields = await db.query(
      `select f.code from expert_field ef join expertise_field f on f.id = ef.field_id
       where ef.expert_id = $1 order by ef.is_primary desc, f.code`,
      [expert.id],
    );
    expect(fields.rows.map((row) => row.code)).toEqual(['IC', 'NEV', 'TESTING']);
    const employments = await db.query(
      "select to_char(ended_on, 'YYYY-MM-DD') as d from expert_employment where expert_id = $1 order by ended_on",
      [expert.id],
    );
    expect(employments.rows.map((row) => row.d)).toEqual(['2019-01-05', '2020-06-30']);
  });

  it('refuses a row that repeats another row’s expert, and a credit code stored as a number', async () => {
    const repeated = await send(
      'twice.csv',
      Buffer.from(
        csv(
          ['重复者', '工程师', codes[0], '', 'METROLOGY', '', '', ''],
          ['重复者', '工程师', codes[0], '', 'TESTING', '', '', ''],
        ),
      ),
    );
    expect(repeated.refused).toEqual([
      { row: 3, field: 'name', message: 'the same expert (name and employer) as row 2' },
    ]);
    const numeric = await writeXlsxFile([
      ['姓名', '职称', '统一社会信用代码', '主专业领域代码'],
      ['数字代码', '工程师', 123100005337965300, 'METROLOGY'],
    ]).toBuffer();
    const report = await send('numbers.xlsx', numeric);
    expect(report.refused).toEqual([
      {
        row: 2,
        field: 'employerCreditCode',
        message: 'store the credit code as text: as a number it loses digits',
      },
    ]);
  });

  it('refuses what is not an xlsx or csv file', async () => {
    const result = await api.graphql(
      IMPORT,
      { cycleId, fileName: 'experts.xls', fileBase64: Buffer.from('x').toString('base64') },
      secretariat,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileName' });
  });
});
