import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';

/** The seeded demo cycle, read back through SQL and the API: counts and the invariants of award-rules.md. */
describe('the demo 2024 cycle', () => {
  let api: TestApi;
  let db: pg.Client;
  const count = async (sql: string) => Number((await db.query(sql)).rows[0].count);

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
  });
  afterAll(() => db.end());

  it('has the windows of the 2024 notice, in Shanghai time', async () => {
    const result = await api.graphql<{
      awardCycles: {
        year: number;
        timeZone: string;
        windows: { kind: string; opensAt: string; closesAt: string }[];
      }[];
    }>('{ awardCycles { year timeZone windows { kind opensAt closesAt } } }');
    const [cycle] = result.data?.awardCycles ?? [];
    expect(cycle.year).toBe(2024);
    expect(cycle.timeZone).toBe('Asia/Shanghai');
    const nomination = cycle.windows.find((window) => window.kind === 'NOMINATION');
    expect(nomination).toEqual({
      kind: 'NOMINATION',
      opensAt: '2024-04-22T01:00:00.000Z',
      closesAt: '2024-05-31T08:00:00.000Z',
    });
    const registration = cycle.windows.find((window) => window.kind === 'REGISTRATION');
    expect(registration?.opensAt).toBe('2024-04-08T01:00:00.000Z');
  });

  it('has both rubrics of 100 points with four level descriptors per criterion', async () => {
    const cycleId = (await db.query('select id from award_cycle')).rows[0].id;
    for (const [category, codes] of [
      [
        'INVENTION',
        ['INV_ORIGINALITY', 'INV_ADVANCEMENT', 'INV_DIFFICULTY', 'INV_MATURITY', 'INV_BENEFIT', 'INV_IMPACT'],
      ],
      [
        'PROGRESS',
        [
          'PRG_INNOVATION',
          'PRG_ADVANCEMENT',
          'PRG_APPLICATION',
          'PRG_ECONOMIC',
          'PRG_SOCIAL',
          'PRG_INDUSTRY',
        ],
      ],
    ] as const) {
      const result = await api.graphql<{
        rubric: {
          maxTotal: number;
          criteria: { code: string; levels: { level: string; descriptorZh: string }[] }[];
        };
      }>(
        `query ($cycleId: ID!, $category: AwardCategory!) { rubric(cycleId: $cycleId, category: $category) {
          maxTotal criteria { code levels { level descriptorZh } } } }`,
        { cycleId, category },
      );
      const rubric = result.data?.rubric;
      expect(rubric?.maxTotal).toBe(100);
      expect(rubric?.criteria.map((criterion) => criterion.code)).toEqual(codes);
      for (const criterion of rubric?.criteria ?? []) {
        expect(criterion.levels.map((level) => level.level)).toEqual(['A', 'B', 'C', 'D']);
        expect(criterion.levels.every((level) => level.descriptorZh.length > 0)).toBe(true);
      }
    }
  });

  it('has the organizations, experts and nominations the demo needs', async () => {
    expect(await count('select count(*) from organization')).toBeGreaterThanOrEqual(30);
    expect(await count('select count(distinct type) from organization')).toBe(10);
    expect(await count('select count(*) from expert')).toBeGreaterThanOrEqual(40);
    expect(await count('select count(*) from expertise_field')).toBeGreaterThanOrEqual(6);
    expect(await count('select count(*) from nomination')).toBeGreaterThanOrEqual(60);
    // Every state but PUBLICITY: the category that went through publicity has been approved since.
    expect(await count('select count(distinct status) from nomination')).toBe(10);
  });

  it('has a demo account for every role', async () => {
    for (const role of ['SECRETARIAT', 'CHAIR', 'COMMITTEE_MEMBER', 'EXPERT', 'NOMINATOR']) {
      expect(await count(`select count(*) from app_user where '${role}' = any(roles)`)).toBeGreaterThan(0);
    }
    for (const email of [
      'secretariat@example.com',
      'chair@example.com',
      'member1@example.com',
      'expert1@example.com',
      'nominator1@example.com',
    ]) {
      expect(await api.login(email)).toMatch(/^[\w-]{40,}$/);
    }
  });

  it('records a history that ends in each nomination’s state', async () => {
    expect(
      await count(`select count(*) from nomination n where n.status <> (
        select t.to_status from nomination_transition t where t.nomination_id = n.id order by t.at desc, t.id desc limit 1)`),
    ).toBe(0);
  });

  it('credits people and organizations within the limits of the proposed grade', async () => {
    const over = await count(`
      select count(*) from nomination n
      join category_config c on c.cycle_id = n.cycle_id and c.category = n.category
      join credit_limit l on l.category_config_id = c.id and l.grade = coalesce(n.proposed_grade, 'FIRST')
      where (select count(*) from completer p where p.nomination_id = n.id) > l.max_completers
         or (select count(*) from completing_organization o where o.nomination_id = n.id) > l.max_organizations`);
    expect(over).toBe(0);
  });

  it('assigns reviewers only to nominations in or past preliminary review, none in conflict', async () => {
    expect(
      await count(`select count(*) from assignment a join nomination n on n.id = a.nomination_id
        where n.status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'WITHDRAWN')`),
    ).toBe(0);
    expect(
      await count(`select count(*) from assignment a join expert e on e.id = a.expert_id
        join nomination n on n.id = a.nomination_id
        where e.employer_id = n.nominator_id
           or exists (select 1 from completing_organization o where o.nomination_id = n.id and o.organization_id = e.employer_id)`),
    ).toBe(0);
    expect(await count("select count(*) from score_sheet where status = 'SUBMITTED'")).toBeGreaterThan(50);
  });

  it('totals every submitted sheet as the sum of its criterion points', async () => {
    expect(
      await count(`select count(*) from score_sheet s where s.status = 'SUBMITTED'
        and s.total <> (select sum(points) from criterion_score c where c.sheet_id = s.id)`),
    ).toBe(0);
  });

  it('ranks the results of each category from the submitted sheets, trimming from five sheets on', async () => {
    const cycleId = (await db.query('select id from award_cycle')).rows[0].id;
    const token = await api.login('chair@example.com');
    const result = await api.graphql<{
      results: {
        totalCount: number;
        edges: {
          node: { rank: number; officialScore: number; sheetCount: number; nomination: { id: string } };
        }[];
      };
    }>(
      `query ($cycleId: ID!) { results(cycleId: $cycleId, category: INVENTION, first: 100) {
        totalCount edges { node { rank officialScore sheetCount nomination { id } } } } }`,
      { cycleId },
      token,
    );
    const rows = result.data?.results.edges.map((edge) => edge.node) ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.rank)).toEqual(rows.map((_, index) => index + 1));
    const scores = rows.map((row) => row.officialScore);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const row of rows) {
      const { rows: totals } = await db.query(
        `select s.total::float as total from score_sheet s join assignment a on a.id = s.assignment_id
         where a.nomination_id = $1 and s.status = 'SUBMITTED' order by s.total`,
        [row.nomination.id],
      );
      const values: number[] = totals.map((sheet) => sheet.total);
      const kept = values.length >= 5 ? values.slice(1, -1) : values;
      expect(row.sheetCount).toBe(values.length);
      expect(row.officialScore).toBeCloseTo(kept.reduce((sum, value) => sum + value, 0) / kept.length, 2);
    }
  });

  it('puts every nomination in publicity or approved on its category’s list, and revoked awards marked', async () => {
    const missing = await db.query(`
      select n.code, n.status from nomination n
      where (n.status in ('PUBLICITY', 'APPROVED', 'REVOKED') and exists (
               select 1 from nomination_transition t where t.nomination_id = n.id and t.to_status = 'PUBLICITY')
             and not exists (select 1 from publicity_entry e join publicity_list l on l.id = e.list_id
               where e.nomination_id = n.id and l.category = n.category and l.cycle_id = n.cycle_id))
         or (n.status in ('APPROVED', 'REVOKED') and exists (
               select 1 from nomination_transition t where t.nomination_id = n.id and t.to_status = 'APPROVED')
             and not exists (select 1 from final_entry e join final_list l on l.id = e.list_id
               where e.nomination_id = n.id and l.category = n.category and l.cycle_id = n.cycle_id
                 and (e.revoked_at is not null) = (n.status = 'REVOKED')))`);
    expect(missing.rows).toEqual([]);
    expect(await count("select count(*) from nomination where status = 'APPROVED'")).toBeGreaterThan(0);
    // Approval moves the whole category's publicity on: none is left in publicity beside a final list.
    expect(
      await count(`select count(*) from nomination n join final_list l on l.cycle_id = n.cycle_id
        and l.category = n.category where n.status = 'PUBLICITY'`),
    ).toBe(0);
    // A list holds only nominations that reached its stage.
    expect(
      await count(`select count(*) from final_entry e join nomination n on n.id = e.nomination_id
        where n.status not in ('APPROVED', 'REVOKED')`),
    ).toBe(0);
  });

  it('shows a nominator its own approved nomination on the publicity list and the final list', async () => {
    const { rows } = await db.query(`select n.code, n.category, n.cycle_id, u.email from nomination n
      join app_user u on u.organization_id = n.nominator_id and 'NOMINATOR' = any(u.roles)
      where n.status = 'APPROVED' order by n.code, u.email limit 1`);
    const [own] = rows;
    const token = await api.login(own.email);
    const result = await api.graphql<{
      publicityList: { entries: { code: string }[] } | null;
      finalList: { entries: { code: string }[] } | null;
    }>(
      `query ($cycleId: ID!, $category: AwardCategory!) {
        publicityList(cycleId: $cycleId, category: $category) { entries { code } }
        finalList(cycleId: $cycleId, category: $category) { entries { code } } }`,
      { cycleId: own.cycle_id, category: own.category },
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.publicityList?.entries.map((entry) => entry.code)).toContain(own.code);
    expect(result.data?.finalList?.entries.map((entry) => entry.code)).toContain(own.code);
  });
});
