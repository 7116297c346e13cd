import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from './nomination-fixtures.js';
import { startTestApi, type TestApi } from './test-api.js';

const RUBRIC = `query ($c: ID!, $k: AwardCategory!) { rubric(cycleId: $c, category: $k) { id version lockedAt
  criteria { code nameZh nameEn descriptionZh descriptionEn maxPoints
    levels { level minPercent maxPercent descriptorZh descriptorEn } } } }`;
const SAVE = `mutation ($c: ID!, $k: AwardCategory!, $criteria: [CriterionInput!]!) {
  saveRubric(cycleId: $c, category: $k, criteria: $criteria) { id version criteria { code maxPoints } } }`;

interface Criterion {
  code: string;
  maxPoints: number;
  levels: { level: string; minPercent: number; maxPercent: number }[];
  [key: string]: unknown;
}

/** issue 6, rubrics: editable until scoring starts, then changed only as a new version. */
describe('rubrics', () => {
  let api: TestApi;
  let db: pg.Client;
  let secretariat: string;
  let cycleId: string;
  let demo: Criterion[];

  const current = async (category: string) =>
    (
      await api.graphql<{ rubric: { id: string; version: number; criteria: Criterion[] } }>(RUBRIC, {
        c: cycleId,
        k: category,
      })
    ).data?.rubric;
  const save = (category: string, criteria: Criterion[], as = secretariat) =>
    api.graphql<{
      saveRubric: { id: string; version: number; criteria: { code: string; maxPoints: number }[] };
    }>(SAVE, { c: cycleId, k: category, criteria }, as);

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    secretariat = await api.login('secretariat@example.com');
    cycleId = (await db.query('select id from award_cycle')).rows[0].id;
    demo = (await current('INVENTION'))?.criteria ?? [];
  });
  afterAll(() => db.end());

  it('refuses a rubric that does not add up to 100, a code used twice, or levels with a gap, naming the field', async () => {
    const short = demo.map((criterion, i) =>
      i === 0 ? { ...criterion, maxPoints: criterion.maxPoints - 1 } : criterion,
    );
    expect((await save('INVENTION', short)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'criteria',
    });
    const twice = demo.map((criterion, i) => (i === 1 ? { ...criterion, code: demo[0].code } : criterion));
    expect((await save('INVENTION', twice)).errors?.[0].extensions).toMatchObject({ field: 'criteria' });
    const gap = demo.map((criterion, i) =>
      i === 0
        ? {
            ...criterion,
            levels: criterion.levels.map((level) =>
              level.level === 'B' ? { ...level, minPercent: 80 } : level,
            ),
          }
        : criterion,
    );
    expect((await save('INVENTION', gap)).errors?.[0].extensions).toMatchObject({
      field: 'criteria[0].levels[2].minPercent',
    });
    expect(codeOf(await save('INVENTION', demo, await api.login('chair@example.com')))).toBe('FORBIDDEN');
    expect((await current('INVENTION'))?.version).toBe(1);
  });

  it('makes a change to a rubric in use a new version, and keeps the sheets on theirs', async () => {
    const sheets = Number(
      (
        await db.query(
          "select count(*) from score_sheet s join rubric r on r.id = s.rubric_id where r.category = 'INVENTION'",
        )
      ).rows[0].count,
    );
    expect(sheets).toBeGreaterThan(0);
    const changed = demo.map((criterion, i) =>
      i === 0
        ? { ...criterion, maxPoints: criterion.maxPoints - 5 }
        : i === 1
          ? { ...criterion, maxPoints: criterion.maxPoints + 5 }
          : criterion,
    );
    const saved = await save('INVENTION', changed);
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveRubric.version).toBe(2);
    expect((await current('INVENTION'))?.criteria.map((criterion) => criterion.maxPoints)).toEqual(
      changed.map((criterion) => criterion.maxPoints),
    );
    const versions = await db.query(
      "select distinct r.version from score_sheet s join rubric r on r.id = s.rubric_id where r.category = 'INVENTION'",
    );
    expect(versions.rows).toEqual([{ version: 1 }]);
  });

  it('replaces a rubric in place while no sheet has started on it', async () => {
    const edited = demo.map((criterion, i) =>
      i === 0 ? { ...criterion, descriptionZh: '修订后的说明' } : criterion,
    );
    const saved = await save('INVENTION', edited);
    expect(saved.data?.saveRubric.version).toBe(2);
    const stored = await current('INVENTION');
    expect(stored?.version).toBe(2);
    expect(stored?.criteria[0].descriptionZh).toBe('修订后的说明');
    expect(
      Number((await db.query("select count(*) from rubric where category = 'INVENTION'")).rows[0].count),
    ).toBe(2);
  });
});
