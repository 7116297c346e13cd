import pg from 'pg';
import readXlsxFile from 'read-excel-file/node';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, startTestApi, type TestApi } from './test-api.js';

const PUBLISH = `mutation ($cycleId: ID!, $category: AwardCategory!) { publishResults(cycleId: $cycleId, category: $category) {
  category publishedAt publicityOpensAt publicityClosesAt
  entries { position code projectName nominatorName completers grade } } }`;
const PUBLICITY_LIST = `query ($cycleId: ID!, $category: AwardCategory!) { publicityList(cycleId: $cycleId, category: $category) {
  category entries { code projectName nominatorName completers grade } } }`;
const FILE = `mutation ($nominationId: ID!, $input: ObjectionInput!) { fileObjection(nominationId: $nominationId, input: $input) {
  id status isSubstantive subjects objectorName receivedAt nomination { code } } }`;
const CLASSIFY = `mutation ($id: ID!, $isSubstantive: Boolean!) { classifyObjection(id: $id, isSubstantive: $isSubstantive) {
  id status isSubstantive classifiedAt } }`;
const RESOLVE = `mutation ($id: ID!, $status: ObjectionStatus!, $resolution: String!) {
  resolveObjection(id: $id, status: $status, resolution: $resolution) { id status resolution resolvedAt } }`;
const OBJECTIONS = `query ($cycleId: ID!, $status: ObjectionStatus) { objections(cycleId: $cycleId, status: $status) {
  id status nomination { code } } }`;
const APPROVE = `mutation ($cycleId: ID!, $category: AwardCategory!) { approveResults(cycleId: $cycleId, category: $category) {
  category approvedAt entries { position code projectName nominatorName grade isRevoked } } }`;
const FINAL_LIST = `query ($cycleId: ID!, $category: AwardCategory!) { finalList(cycleId: $cycleId, category: $category) {
  category approvedAt entries { position code projectName nominatorName grade isRevoked revokedAt revocationReason } } }`;
const REVOKE = `mutation ($id: ID!, $reason: String!) { revokeAward(nominationId: $id, reason: $reason) { code status } }`;
const SET_WINDOW = `mutation ($cycleId: ID!, $kind: WindowKind!, $opensAt: DateTimeISO!, $closesAt: DateTimeISO!) {
  setCycleWindow(cycleId: $cycleId, kind: $kind, opensAt: $opensAt, closesAt: $closesAt) { id } }`;
const OPEN_BALLOT = `mutation ($ids: [ID!]!) { openBallots(nominationIds: $ids, grade: FIRST, membersPresent: 10) { id } }`;
const CLOSE_BALLOT = 'mutation ($id: ID!) { closeBallot(ballotId: $id) { id status } }';

const DAY = 24 * 60 * 60 * 1000;

interface Entry {
  position: number;
  code: string;
  projectName: string;
  nominatorName: string;
  completers?: string[];
  grade: string;
  isRevoked?: boolean;
  revokedAt?: string | null;
  revocationReason?: string | null;
}

const errorOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions ?? {};

/** award-rules.md, Stages and states: Publicity, objections, Approval, and a revocation after it. */
describe('closing the cycle: publicity, objections, approval, revocation and exports', () => {
  let api: TestApi;
  let db: pg.Client;
  let cycleId: string;
  let chair: string;
  let secretariat: string;
  /** The INVENTION nominations at re-review in the demo, by code. */
  let atReReview: { id: string; code: string; project_name: string }[];
  /** An award of the category the demo has approved already (PROGRESS), with its list. */
  let approvedElsewhere: { id: string; code: string };
  /** A nominator whose organization has an INVENTION nomination at re-review, and that nomination. */
  let nominator: { token: string; nominationId: string };
  const objections: Record<'substantive' | 'minor' | 'unreadable', string> = {
    substantive: '',
    minor: '',
    unreadable: '',
  };

  const statusOf = async (id: string) =>
    (await db.query('select status from nomination where id = $1', [id])).rows[0].status as string;
  const countOf = async (table: string) =>
    Number((await db.query(`select count(*) from ${table}`)).rows[0].count);
  /** How many lists of the category: the demo's PROGRESS lists are not this file's. */
  const listsOf = async (table: 'publicity_list' | 'final_list', category = 'INVENTION') =>
    Number((await db.query(`select count(*) from ${table} where category = $1`, [category])).rows[0].count);
  const auditActions = async (action: string) =>
    Number((await db.query('select count(*) from audit_event where action = $1', [action])).rows[0].count);
  const run = async <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    token: string,
  ) => api.graphql<T>(query, variables, token);
  const ok = async <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    token: string,
  ) => {
    const response = await run<T>(query, variables, token);
    expect(response.errors).toBeUndefined();
    return response.data as T;
  };
  const setWindow = (kind: string, opensAt: Date, closesAt: Date) =>
    ok(
      SET_WINDOW,
      { cycleId, kind, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() },
      secretariat,
    );
  const objection = (overrides: Record<string, unknown> = {}) => ({
    objectorName: '王建国',
    objectorContact: '13800001111',
    objectorOrganization: '上海某检测技术有限公司',
    content: '该项目第二完成人并未参与主要技术创新点的研发，申报材料与事实不符。',
    evidence: '附件一：项目任务书复印件；附件二：劳动合同证明',
    subjects: ['OWNERSHIP', 'TRUTH'],
    ...overrides,
  });
  const file = (nominationId: string, overrides: Record<string, unknown> = {}) =>
    run<{ fileObjection: { id: string; status: string } }>(
      FILE,
      { nominationId, input: objection(overrides) },
      secretariat,
    );
  const download = (path: string, token?: string) =>
    fetch(`${api.url}/documents/cycles/${cycleId}/${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    cycleId = (await db.query('select id from award_cycle order by year desc limit 1')).rows[0].id;
    const ofStatus = async (status: string) =>
      (
        await db.query(
          `select id, code, project_name from nomination where cycle_id = $1 and category = 'INVENTION' and status = $2
            order by code`,
          [cycleId, status],
        )
      ).rows;
    atReReview = await ofStatus('RE_REVIEW');
    approvedElsewhere = (
      await db.query("select id, code from nomination where status = 'APPROVED' order by code limit 1")
    ).rows[0];
    expect(atReReview.length).toBeGreaterThanOrEqual(3);
    chair = await api.login('chair@example.com');
    secretariat = await api.login('secretariat@example.com');
    // A nominator account of the organization behind the last nomination at re-review.
    const { rows } = await db.query(
      `select u.email from app_user u join nomination n on n.nominator_id = u.organization_id
        where n.id = $1 and 'NOMINATOR' = any(u.roles) order by u.email limit 1`,
      [atReReview[2].id],
    );
    nominator = { token: await api.login(rows[0].email), nominationId: atReReview[2].id };
  });
  afterAll(() => db.end());

  describe('publicity', () => {
    it('refuses to publish while a ballot is open, then one that failed every grade has no grade to publish yet', async () => {
      const [ballot] = (
        await ok<{ openBallots: { id: string }[] }>(OPEN_BALLOT, { ids: [atReReview[0].id] }, chair)
      ).openBallots;
      const refused = await run(PUBLISH, { cycleId, category: 'INVENTION' }, secretariat);
      expect(errorOf(refused)).toMatchObject({
        code: 'CONFLICT',
        rule: 'OPEN_BALLOTS',
        codes: [atReReview[0].code],
      });
      // Nobody votes: FIRST, SECOND and THIRD fail in turn and the nomination gets no award.
      let open = ballot.id;
      for (let grade = 0; grade < 3; grade++) {
        await ok(CLOSE_BALLOT, { id: open }, chair);
        const next = await db.query(
          "select id from re_review_ballot where nomination_id = $1 and status = 'OPEN'",
          [atReReview[0].id],
        );
        open = next.rows[0]?.id;
      }
      expect(open).toBeUndefined();
      expect(await statusOf(atReReview[0].id)).toBe('RE_REVIEW');
    });

    it('refuses to publish while a nomination at re-review has no grade, and moves nothing', async () => {
      const refused = await run(PUBLISH, { cycleId, category: 'INVENTION' }, secretariat);
      expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', rule: 'UNDECIDED_GRADES' });
      expect(errorOf(refused).codes).toEqual(atReReview.slice(1).map((n) => n.code));
      for (const nomination of atReReview) expect(await statusOf(nomination.id)).toBe('RE_REVIEW');
      expect(await listsOf('publicity_list')).toBe(0);
    });

    it('publishes the re-review outcome: graded nominations go on publicity, the failed one ends NOT_AWARDED', async () => {
      // The committee's grades for the other two, as closed ballots would have written them.
      for (const [index, grade] of ['FIRST', 'SECOND'].entries()) {
        await db.query(
          `insert into nomination_result (id, nomination_id, stage, final_grade) values (gen_random_uuid(), $1, 'PRELIMINARY', $2)
            on conflict (nomination_id, stage) do update set final_grade = excluded.final_grade`,
          [atReReview[index + 1].id, grade],
        );
      }
      // Publicity runs from now for 15 days: the demo's 2024 approval window moves after it first.
      await setWindow('APPROVAL', new Date(Date.now() + 30 * DAY), new Date(Date.now() + 40 * DAY));
      const before = Date.now();
      const { publishResults } = await ok<{
        publishResults: { publicityOpensAt: string; publicityClosesAt: string; entries: Entry[] };
      }>(PUBLISH, { cycleId, category: 'INVENTION' }, secretariat);

      expect(await statusOf(atReReview[0].id)).toBe('NOT_AWARDED');
      expect(await statusOf(atReReview[1].id)).toBe('PUBLICITY');
      expect(await statusOf(atReReview[2].id)).toBe('PUBLICITY');
      const codes = publishResults.entries.map((entry) => entry.code);
      expect(codes.sort()).toEqual([atReReview[1].code, atReReview[2].code].sort());
      expect(publishResults.entries.map((entry) => entry.position)).toEqual(
        codes.map((_, index) => index + 1),
      );
      const first = publishResults.entries.find((entry) => entry.code === atReReview[1].code) as Entry;
      expect(publishResults.entries.map((entry) => entry.grade)).toEqual(
        [...publishResults.entries.map((entry) => entry.grade)].sort(),
      );
      expect(first).toMatchObject({
        code: atReReview[1].code,
        grade: 'FIRST',
        projectName: atReReview[1].project_name,
      });
      expect(first.nominatorName.length).toBeGreaterThan(0);
      expect(first.completers?.length).toBeGreaterThan(0);
      // The demo's 2024 window is long over: publicity runs from now for the cycle's 15 days.
      const opensAt = new Date(publishResults.publicityOpensAt).getTime();
      expect(opensAt).toBeGreaterThanOrEqual(before - 1000);
      expect(new Date(publishResults.publicityClosesAt).getTime() - opensAt).toBe(15 * DAY);
      const window = await db.query(
        "select closes_at from cycle_window where cycle_id = $1 and kind = 'PUBLICITY'",
        [cycleId],
      );
      expect(window.rows[0].closes_at.toISOString()).toBe(publishResults.publicityClosesAt);
      expect(await auditActions('RESULTS_PUBLISHED')).toBe(1);
    });

    it('refuses to publish a second time', async () => {
      const refused = await run(PUBLISH, { cycleId, category: 'INVENTION' }, chair);
      expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', rule: 'ALREADY_PUBLISHED' });
      expect(await listsOf('publicity_list')).toBe(1);
      expect(
        Number(
          (
            await db.query(
              "select count(*) from publicity_entry e join publicity_list l on l.id = e.list_id where l.category = 'INVENTION'",
            )
          ).rows[0].count,
        ),
      ).toBe(2);
    });

    it('keeps the published list read-only, whatever writes to the database', async () => {
      await expect(db.query("update publicity_entry set grade = 'FIRST'")).rejects.toThrow(/read-only/);
      await expect(db.query('delete from publicity_list')).rejects.toThrow(/read-only/);
    });

    it('shows the publicity list to a nominator, each category its own', async () => {
      const { publicityList } = await ok<{ publicityList: { entries: Entry[] } }>(
        PUBLICITY_LIST,
        { cycleId, category: 'INVENTION' },
        nominator.token,
      );
      expect(publicityList.entries.map((entry) => entry.code)).toContain(atReReview[2].code);
      const other = await ok<{ publicityList: { entries: Entry[] } }>(
        PUBLICITY_LIST,
        { cycleId, category: 'PROGRESS' },
        nominator.token,
      );
      expect(other.publicityList.entries.map((entry) => entry.code)).not.toContain(atReReview[2].code);
    });
  });

  describe('objections', () => {
    it('refuses an anonymous objection: no real name, or no contact', async () => {
      for (const overrides of [{ objectorName: '  ' }, { objectorContact: '' }]) {
        const refused = await file(atReReview[1].id, overrides);
        expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'ANONYMOUS' });
      }
      expect(await countOf('objection')).toBe(0);
    });

    it('refuses an objection about the grade alone, and one without evidence', async () => {
      const gradeOnly = await file(atReReview[1].id, {
        subjects: ['GRADE'],
        content: '该项目只配得上二等奖。',
      });
      expect(errorOf(gradeOnly)).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'GRADE_ONLY',
        field: 'subjects',
      });
      const noEvidence = await file(atReReview[1].id, { evidence: ' ' });
      expect(errorOf(noEvidence)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidence' });
      expect(await countOf('objection')).toBe(0);
    });

    it('refuses a late objection (received outside the publicity window) and one against a nomination not in publicity', async () => {
      const late = await file(atReReview[1].id, { receivedAt: new Date(Date.now() - DAY).toISOString() });
      expect(errorOf(late)).toMatchObject({ code: 'WINDOW_CLOSED', window: 'PUBLICITY' });
      const approved = await file(approvedElsewhere.id);
      expect(errorOf(approved)).toMatchObject({ code: 'CONFLICT', rule: 'NOT_IN_PUBLICITY' });
      const notAwarded = await file(atReReview[0].id);
      expect(errorOf(notAwarded)).toMatchObject({ code: 'CONFLICT', rule: 'NOT_IN_PUBLICITY' });
      expect(await countOf('objection')).toBe(0);
    });

    it('lets only the secretariat record an objection', async () => {
      expect(
        errorOf(await run(FILE, { nominationId: atReReview[1].id, input: objection() }, chair)).code,
      ).toBe('FORBIDDEN');
      expect(
        errorOf(await run(FILE, { nominationId: atReReview[1].id, input: objection() }, nominator.token))
          .code,
      ).toBe('FORBIDDEN');
    });

    it('records real-name written objections with evidence inside the window, unclassified', async () => {
      const substantive = await file(atReReview[1].id);
      expect(substantive.errors).toBeUndefined();
      expect(substantive.data?.fileObjection).toMatchObject({ status: 'RECEIVED', isSubstantive: false });
      objections.substantive = substantive.data?.fileObjection.id as string;
      const minor = await file(atReReview[2].id, {
        subjects: ['OTHER', 'GRADE'],
        content: '公示材料中第一完成单位名称有误。',
        objectorOrganization: null,
      });
      expect(minor.errors).toBeUndefined();
      objections.minor = minor.data?.fileObjection.id as string;
      const unreadable = await file(atReReview[2].id, { content: '（字迹无法辨认）' });
      objections.unreadable = unreadable.data?.fileObjection.id as string;
      expect(await auditActions('OBJECTION_FILED')).toBe(3);
    });

    it('answers nothing before classification, and investigates a substantive objection before upholding it', async () => {
      const early = await run(
        RESOLVE,
        { id: objections.substantive, status: 'UPHELD', resolution: '经查属实。' },
        secretariat,
      );
      expect(errorOf(early)).toMatchObject({
        code: 'CONFLICT',
        rule: 'OBJECTION_STATE',
        from: 'RECEIVED',
        to: 'UPHELD',
      });
      await ok(CLASSIFY, { id: objections.substantive, isSubstantive: true }, secretariat);
      const direct = await run(
        RESOLVE,
        { id: objections.substantive, status: 'DISMISSED', resolution: '不予支持。' },
        chair,
      );
      expect(errorOf(direct)).toMatchObject({ code: 'CONFLICT', rule: 'OBJECTION_STATE' });
      expect(direct.errors?.[0].message).toMatch(/investigated/);
      const investigating = await ok<{ resolveObjection: { status: string; resolvedAt: string | null } }>(
        RESOLVE,
        { id: objections.substantive, status: 'INVESTIGATING', resolution: '已受理，正在核实完成人贡献。' },
        secretariat,
      );
      expect(investigating.resolveObjection).toMatchObject({ status: 'INVESTIGATING', resolvedAt: null });
      const reclassified = await run(
        CLASSIFY,
        { id: objections.substantive, isSubstantive: false },
        secretariat,
      );
      expect(errorOf(reclassified)).toMatchObject({ code: 'CONFLICT', rule: 'OBJECTION_STATE' });
    });

    it('answers a minor objection at once, refuses an unreadable one with a reason, and never reopens an answer', async () => {
      await ok(CLASSIFY, { id: objections.minor, isSubstantive: false }, secretariat);
      const dismissed = await ok<{
        resolveObjection: { status: string; resolution: string; resolvedAt: string };
      }>(
        RESOLVE,
        { id: objections.minor, status: 'DISMISSED', resolution: '单位名称已核对无误，异议不成立。' },
        secretariat,
      );
      expect(dismissed.resolveObjection).toMatchObject({
        status: 'DISMISSED',
        resolvedAt: expect.any(String),
      });
      const reopened = await run(
        RESOLVE,
        { id: objections.minor, status: 'INVESTIGATING', resolution: '重新调查' },
        chair,
      );
      expect(errorOf(reopened)).toMatchObject({ code: 'CONFLICT', from: 'DISMISSED', allowed: [] });
      const noAnswer = await run(
        RESOLVE,
        { id: objections.unreadable, status: 'REFUSED', resolution: ' ' },
        secretariat,
      );
      expect(errorOf(noAnswer)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resolution' });
      await ok(
        RESOLVE,
        {
          id: objections.unreadable,
          status: 'REFUSED',
          resolution: '异议书内容无法辨认，且未附证明材料，不予受理。',
        },
        secretariat,
      );
      expect(await auditActions('OBJECTION_RESOLVED')).toBe(3);
      expect(await auditActions('OBJECTION_CLASSIFIED')).toBe(2);
    });

    it('lists the cycle’s objections for staff, by state, and for nobody else', async () => {
      const all = await ok<{ objections: { id: string }[] }>(OBJECTIONS, { cycleId }, chair);
      expect(all.objections.map((o) => o.id)).toEqual([
        objections.substantive,
        objections.minor,
        objections.unreadable,
      ]);
      const open = await ok<{ objections: { id: string; nomination: { code: string } }[] }>(
        OBJECTIONS,
        { cycleId, status: 'INVESTIGATING' },
        secretariat,
      );
      expect(open.objections).toEqual([
        { id: objections.substantive, status: 'INVESTIGATING', nomination: { code: atReReview[1].code } },
      ]);
      expect(errorOf(await run(OBJECTIONS, { cycleId }, nominator.token)).code).toBe('FORBIDDEN');
    });
  });

  describe('approval', () => {
    it('is the chair’s, and waits for the end of publicity', async () => {
      expect(errorOf(await run(APPROVE, { cycleId, category: 'INVENTION' }, secretariat)).code).toBe(
        'FORBIDDEN',
      );
      const early = await run(APPROVE, { cycleId, category: 'INVENTION' }, chair);
      expect(errorOf(early)).toMatchObject({ code: 'CONFLICT', rule: 'PUBLICITY_NOT_OVER' });
    });

    it('refuses to approve while an objection is not answered, and changes nothing', async () => {
      await setWindow('PUBLICITY', new Date(Date.now() - 16 * DAY), new Date(Date.now() - 60_000));
      const refused = await run(APPROVE, { cycleId, category: 'INVENTION' }, chair);
      expect(errorOf(refused)).toMatchObject({
        code: 'CONFLICT',
        rule: 'OPEN_OBJECTIONS',
        objectionIds: [objections.substantive],
      });
      expect(await statusOf(atReReview[1].id)).toBe('PUBLICITY');
      expect(await listsOf('final_list')).toBe(0);
    });

    it('refuses an objection once publicity is over', async () => {
      const late = await file(atReReview[2].id);
      expect(errorOf(late)).toMatchObject({ code: 'WINDOW_CLOSED', window: 'PUBLICITY' });
    });

    it('approves inside the approval window only', async () => {
      await ok(
        RESOLVE,
        {
          id: objections.substantive,
          status: 'UPHELD',
          resolution: '经核实，第二完成人未参与主要创新工作，异议成立。',
        },
        secretariat,
      );
      const closed = await run(APPROVE, { cycleId, category: 'INVENTION' }, chair);
      expect(errorOf(closed)).toMatchObject({ code: 'WINDOW_CLOSED', window: 'APPROVAL' });
      await setWindow('APPROVAL', new Date(Date.now() - 60_000), new Date(Date.now() + 10 * DAY));
    });

    it('approves the rest in one go; the nomination an upheld substantive objection stands against is not awarded', async () => {
      const { approveResults } = await ok<{ approveResults: { entries: Entry[] } }>(
        APPROVE,
        { cycleId, category: 'INVENTION' },
        chair,
      );
      expect(await statusOf(atReReview[1].id)).toBe('NOT_AWARDED');
      expect(await statusOf(atReReview[2].id)).toBe('APPROVED');
      expect(approveResults.entries.map((entry) => entry.code)).toEqual([atReReview[2].code]);
      expect(approveResults.entries.find((entry) => entry.code === atReReview[2].code)).toMatchObject({
        grade: 'SECOND',
        isRevoked: false,
      });
      const transition = await db.query(
        "select reason, note from nomination_transition where nomination_id = $1 and to_status = 'NOT_AWARDED'",
        [atReReview[1].id],
      );
      // The system's why is a code, each reader sees it in its language (schema/labels).
      expect(transition.rows[0]).toEqual({ reason: '', note: 'OBJECTION_UPHELD' });
      expect(await auditActions('RESULTS_APPROVED')).toBe(1);
    });

    it('refuses to approve a second time, and keeps the final list read-only', async () => {
      expect(errorOf(await run(APPROVE, { cycleId, category: 'INVENTION' }, chair))).toMatchObject({
        code: 'CONFLICT',
        rule: 'ALREADY_APPROVED',
      });
      await expect(db.query("update final_entry set grade = 'FIRST'")).rejects.toThrow(/read-only/);
      await expect(db.query('delete from final_list')).rejects.toThrow(/read-only/);
    });

    it('publishes the final list to a nominator: code, project, nominator and grade, never scores or reviewers', async () => {
      const response = await run<{ finalList: { entries: Entry[] } }>(
        FINAL_LIST,
        { cycleId, category: 'INVENTION' },
        nominator.token,
      );
      expect(response.errors).toBeUndefined();
      const own = response.data?.finalList.entries.find((entry) => entry.code === atReReview[2].code);
      expect(own).toMatchObject({
        grade: 'SECOND',
        projectName: atReReview[2].project_name,
        isRevoked: false,
      });
      // Nothing on the list could name a reviewer or a score.
      const introspection = await run<{ __type: { fields: { name: string }[] } }>(
        '{ __type(name: "FinalEntry") { fields { name } } }',
        {},
        nominator.token,
      );
      expect(introspection.data?.__type.fields.map((field) => field.name).sort()).toEqual(
        [
          'code',
          'grade',
          'id',
          'isRevoked',
          'nominatorName',
          'position',
          'projectName',
          'revocationReason',
          'revokedAt',
        ].sort(),
      );
      const experts = (await db.query('select name from expert')).rows.map((row) => row.name as string);
      const sent = JSON.stringify(response);
      for (const name of experts) expect(sent).not.toContain(name);
      expect(sent).not.toMatch(/score/i);
    });
  });

  describe('revocation', () => {
    it('revokes an approved award with a reason, marked on the published final list', async () => {
      const awarded = atReReview[2];
      expect(errorOf(await run(REVOKE, { id: awarded.id, reason: '剽窃' }, secretariat)).code).toBe(
        'FORBIDDEN',
      );
      expect(errorOf(await run(REVOKE, { id: awarded.id, reason: ' ' }, chair))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reason',
      });
      const { revokeAward } = await ok<{ revokeAward: { status: string } }>(
        REVOKE,
        { id: awarded.id, reason: '经查，项目核心专利存在权属纠纷，撤销奖励。' },
        chair,
      );
      expect(revokeAward.status).toBe('REVOKED');
      const { finalList } = await ok<{ finalList: { entries: Entry[] } }>(
        FINAL_LIST,
        { cycleId, category: 'INVENTION' },
        nominator.token,
      );
      expect(finalList.entries.find((entry) => entry.code === awarded.code)).toMatchObject({
        isRevoked: true,
        revocationReason: '经查，项目核心专利存在权属纠纷，撤销奖励。',
        revokedAt: expect.any(String),
      });
      expect(await auditActions('AWARD_REVOKED')).toBe(1);
      expect(errorOf(await run(REVOKE, { id: awarded.id, reason: '再次撤销' }, chair))).toMatchObject({
        code: 'CONFLICT',
        rule: 'NOT_REVOCABLE',
      });
      // Fraud found earlier is revoked too (award-rules.md: REVOKED, even after approval), with no list
      // entry to mark; a nomination that ended (not awarded, withdrawn) is not revoked.
      const ended = await db.query("select id from nomination where status = 'NOT_AWARDED' limit 1");
      expect(errorOf(await run(REVOKE, { id: ended.rows[0].id, reason: '撤销' }, chair))).toMatchObject({
        code: 'CONFLICT',
        rule: 'NOT_REVOCABLE',
      });
      const submitted = await db.query("select id from nomination where status = 'SUBMITTED' limit 1");
      const early = await ok<{ revokeAward: { status: string } }>(
        REVOKE,
        { id: submitted.rows[0].id, reason: '经查，申报材料造假。' },
        chair,
      );
      expect(early.revokeAward.status).toBe('REVOKED');
    });
  });

  describe('exports in Chinese', () => {
    it('writes the rankings as a workbook with a sheet per category and the Chinese project names', async () => {
      const response = await download('rankings.xlsx', secretariat);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
      const sheets = await readXlsxFile(Buffer.from(await response.arrayBuffer()));
      expect(sheets.map((sheet) => sheet.sheet)).toEqual(['质量技术发明奖', '质量技术进步奖']);
      const [invention] = sheets;
      // The chair console's names for the same figures (schema/terms): 宽严校正分, 初评推荐等级.
      expect(invention.data[1]).toEqual([
        '名次',
        '提名编号',
        '项目名称',
        '提名单位',
        '初评得分',
        '平均分',
        '中位数',
        '宽严校正分',
        '评分表数',
        '初评推荐等级',
        '分歧',
      ]);
      const projects = invention.data.slice(2).map((row) => row[2]);
      for (const nomination of atReReview) expect(projects).toContain(nomination.project_name);
      const scored = invention.data.slice(2).find((row) => row[1] === atReReview[2].code);
      expect(typeof scored?.[4]).toBe('number');
    });

    it('writes the results and the final list as workbooks', async () => {
      const results = await readXlsxFile(
        Buffer.from(await (await download('results.xlsx', chair)).arrayBuffer()),
      );
      const resultRows = results[0].data.slice(2);
      expect(resultRows.find((row) => row[1] === atReReview[2].code)?.[6]).toBe('二等奖');
      expect(resultRows.find((row) => row[1] === atReReview[0].code)?.[6]).toBe('不授奖');
      const final = await readXlsxFile(
        Buffer.from(await (await download('final-list.xlsx', chair)).arrayBuffer()),
      );
      const revoked = final[0].data.find((row) => row[1] === atReReview[2].code);
      expect(String(revoked?.[5])).toMatch(/^已撤销：经查/);
      expect(final[1].data.map((row) => row[1])).toContain(approvedElsewhere.code);
    });

    it('prints the rankings and the final list as PDF in Chinese', async () => {
      const rankings = await download('rankings.pdf', chair);
      expect(rankings.status).toBe(200);
      expect(rankings.headers.get('content-type')).toBe('application/pdf');
      const text = (await extractText(new Uint8Array(await rankings.arrayBuffer()), { mergePages: true }))
        .text;
      expect(text).toContain('初评排名表');
      expect(text).toContain('质量技术发明奖');
      expect(text.replace(/\s/g, '')).toContain(atReReview[2].project_name.replace(/\s/g, ''));
      // Numbers and grades are never broken across lines: each cell's text comes out whole.
      const lines = text.split('\n').map((line) => line.trim());
      const codes = (
        await db.query('select n.code from nomination_result r join nomination n on n.id = r.nomination_id')
      ).rows.map((row) => row.code as string);
      for (const code of [...atReReview.map((n) => n.code), ...codes]) expect(text).toContain(code);
      expect(lines.filter((line) => /^(INV|PRG)-\d{4}-?$|^\d{3}$|^[一二三]等$|^奖$/.test(line))).toEqual([]);
      const final = await download('final-list.pdf', secretariat);
      const finalText = (await extractText(new Uint8Array(await final.arrayBuffer()), { mergePages: true }))
        .text;
      expect(finalText).toContain('审定获奖名单');
      expect(finalText).toContain('已撤销');
      expect(await auditActions('RESULTS_EXPORTED')).toBe(5);
    });

    it('names the file in the reader’s language, with an ASCII fallback (RFC 6266)', async () => {
      const inChinese = await fetch(`${api.url}/documents/cycles/${cycleId}/rankings.xlsx`, {
        headers: { authorization: `Bearer ${chair}`, 'accept-language': 'zh-CN,zh;q=0.9' },
      });
      const disposition = inChinese.headers.get('content-disposition') ?? '';
      const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '';
      expect(decodeURIComponent(encoded)).toBe('2024年上海市质量协会质量技术奖初评排名表.xlsx');
      expect(disposition).toMatch(/^attachment; filename="QTA-2024-RANKINGS-\d{6}\.xlsx"; /);
      const inEnglish = await download('final-list.pdf', chair);
      const english = inEnglish.headers.get('content-disposition') ?? '';
      expect(decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(english)?.[1] ?? '')).toBe(
        '2024 Shanghai Quality Association Quality Technology Award - approved award list.pdf',
      );
    });

    it('exports for staff only, and names no document that does not exist', async () => {
      expect((await download('rankings.xlsx')).status).toBe(401);
      const forbidden = await download('final-list.pdf', nominator.token);
      expect(forbidden.status).toBe(403);
      expect(await forbidden.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
      expect((await download('scores.xlsx', chair)).status).toBe(404);
      const malformed = await fetch(`${api.url}/documents/cycles/x/rankings.pdf`, {
        headers: { authorization: `Bearer ${chair}` },
      });
      expect(malformed.status).toBe(400);
      expect(await auditActions('RESULTS_EXPORTED')).toBe(7);
    });
  });
});
