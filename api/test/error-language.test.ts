import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFilingWindows } from './nomination-fixtures.js';
import { startTestApi, type TestApi } from './test-api.js';

const CREATE = `mutation ($input: NewNominationInput!) { createNomination(input: $input) { id version } }`;
const SAVE = `mutation ($id: ID!, $input: NominationDraftInput!) {
  saveNominationDraft(id: $id, input: $input) { version } }`;
const REGISTER = 'mutation ($cycleId: ID!) { registerForCycle(cycleId: $cycleId) { id } }';
const IN_CHINESE = { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' };

/** Issue 4, Bad input: every refused write names the field and the rule, in the viewer's language. */
describe('a refusal in the viewer’s language', () => {
  let api: TestApi;
  let db: pg.Client;
  let token: string;
  let draft: { id: string; version: number };

  const stored = async () =>
    (await db.query('select project_name, version from nomination where id = $1', [draft.id])).rows[0];
  const save = (input: Record<string, unknown>, headers?: Record<string, string>) =>
    api.graphql(SAVE, { id: draft.id, input: { version: draft.version, ...input } }, token, headers);

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    const cycleId = (await db.query('select id from award_cycle limit 1')).rows[0].id;
    const fieldId = (await db.query('select id from expertise_field where cycle_id = $1 limit 1', [cycleId]))
      .rows[0].id;
    token = await api.login('nominator1@example.com');
    await openFilingWindows(db);
    await api.graphql(REGISTER, { cycleId }, token);
    const created = await api.graphql<{ createNomination: { id: string; version: number } }>(
      CREATE,
      { input: { cycleId, category: 'INVENTION', projectName: '在线计量校准', fieldId } },
      token,
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    draft = created.data.createNomination;
  });
  afterAll(() => db.end());

  it('names the field and the rule of a refused draft save in Chinese for a zh-CN viewer, in English otherwise', async () => {
    const before = await stored();
    const tooLong = { projectName: '长'.repeat(31) };
    const chinese = await save(tooLong, IN_CHINESE);
    const english = await save(tooLong);
    expect(chinese.errors?.[0].message).toBe('项目名称：最多 30 个字符（当前 31 个）');
    expect(english.errors?.[0].message).toBe('projectName: at most 30 characters (has 31)');
    for (const refused of [chinese, english]) {
      expect(refused.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'projectName' });
    }
    expect(await stored()).toEqual(before);
  });

  it('names an item of a list by its place', async () => {
    const refused = await save({ innovations: ['在线自校准方法', ' '] }, IN_CHINESE);
    expect(refused.errors?.[0].message).toBe('主要技术创新点（第2项）：不能为空');
    expect(refused.errors?.[0].extensions).toMatchObject({ field: 'innovations[1]' });
  });

  it('gives the window’s times in Beijing time when a write comes after it closed', async () => {
    await db.query(`update cycle_window set opens_at = '2024-04-22T01:00:00Z', closes_at = '2024-05-31T08:00:00Z'
      where kind = 'NOMINATION'`);
    try {
      const before = await stored();
      const chinese = await save({ projectName: '逾期修改' }, IN_CHINESE);
      const english = await save({ projectName: '逾期修改' });
      expect(chinese.errors?.[0].message).toBe(
        '提名窗口未开放（2024-04-22 09:00 至 2024-05-31 16:00，北京时间）',
      );
      expect(english.errors?.[0].message).toBe('The nomination window is not open.');
      for (const refused of [chinese, english]) {
        expect(refused.errors?.[0].extensions).toEqual({
          code: 'WINDOW_CLOSED',
          window: 'NOMINATION',
          opensAt: '2024-04-22T01:00:00.000Z',
          closesAt: '2024-05-31T08:00:00.000Z',
        });
      }
      expect(await stored()).toEqual(before);
    } finally {
      await openFilingWindows(db);
    }
  });

  it('answers a refused /documents request in the language it asks for', async () => {
    const formPdf = (headers: Record<string, string> = {}) =>
      fetch(`${api.url}/documents/nominations/${draft.id}/form.pdf`, {
        headers: { authorization: `Bearer ${token}`, ...headers },
      });
    const chinese = await formPdf(IN_CHINESE);
    const english = await formPdf();
    expect(chinese.status).toBe(409);
    const errorOf = async (response: Response) =>
      ((await response.json()) as { error: Record<string, unknown> }).error;
    const inChinese = await errorOf(chinese);
    const inEnglish = await errorOf(english);
    expect(inChinese.message).toMatch(/^提名书尚未填写完整：基本情况（国民经济行业、任务来源/);
    expect(inEnglish.message).toMatch(/^The nomination form is not complete: BASICS \(industry, taskSource/);
    expect(inChinese.code).toBe('INCOMPLETE');
    expect(inChinese.sections).toEqual(inEnglish.sections);

    const nowhere = await fetch(`${api.url}/documents/nowhere`, { headers: IN_CHINESE });
    expect(nowhere.status).toBe(404);
    expect(await errorOf(nowhere)).toEqual({ code: 'NOT_FOUND', message: '没有这份文件。' });
  });
});
