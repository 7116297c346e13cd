import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from './nomination-fixtures.js';
import { startTestApi, type TestApi } from './test-api.js';

const CONFLICT_CHECK = `query ($e: ID!, $n: ID!) { conflictCheck(expertId: $e, nominationId: $n) {
  hasConflict reasons { rule detail } } }`;
const RUN = `mutation ($cycleId: ID!, $category: AwardCategory!, $seed: Int) {
  runAssignmentSolver(cycleId: $cycleId, category: $category, seed: $seed) {
    id status seed version totalFit upperBound
    items { nomination { id code } expert { id } fit isPrimaryField }
    shortfalls { nomination { code } needed assigned eligible inField unavailable inConflict atFullLoad }
    loads { expert { id } existing proposed maxLoad } } }`;

interface Proposal {
  id: string;
  status: string;
  seed: number;
  version: number;
  totalFit: number;
  upperBound: number;
  items: {
    nomination: { id: string; code: string };
    expert: { id: string };
    fit: number;
    isPrimaryField: boolean;
  }[];
  shortfalls: {
    nomination: { code: string };
    needed: number;
    assigned: number;
    eligible: number;
    inField: number;
  }[];
  loads: { expert: { id: string }; existing: number; proposed: number; maxLoad: number }[];
}

/** award-rules.md, Conflicts of interest, and issue 5: the solver, its proposals and changes by hand. */
describe('assigning reviewers', () => {
  let api: TestApi;
  let db: pg.Client;
  let secretariat: string;
  let cycleId: string;
  /** An INVENTION nomination accepted by formal review, and an expert of its field. */
  let accepted: { id: string; code: string; nominatorId: string; fieldId: string };
  let expertOfField: { id: string; name: string };

  const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0];
  const check = async (expertId: string, nominationId: string) =>
    (
      await api.graphql<{
        conflictCheck: { hasConflict: boolean; reasons: { rule: string; detail: string }[] };
      }>(CONFLICT_CHECK, { e: expertId, n: nominationId }, secretariat)
    ).data?.conflictCheck;
  const run = async (category: string, seed?: number) => {
    const result = await api.graphql<{ runAssignmentSolver: Proposal }>(
      RUN,
      { cycleId, category, seed },
      secretariat,
    );
    expect(result.errors).toBeUndefined();
    return result.data?.runAssignmentSolver as Proposal;
  };

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    secretariat = await api.login('secretariat@example.com');
    cycleId = (await one('select id from award_cycle')).id;
    const row = await one(`select id, code, nominator_id, field_id from nomination
      where status = 'ACCEPTED' and category = 'INVENTION' order by code limit 1`);
    accepted = { id: row.id, code: row.code, nominatorId: row.nominator_id, fieldId: row.field_id };
    expertOfField = await one(
      `select e.id, e.name from expert e join expert_field f on f.expert_id = e.id and f.is_primary
       where f.field_id = $1 and e.is_available order by e.name limit 1`,
      [accepted.fieldId],
    );
  });
  afterAll(() => db.end());

  describe('conflicts of interest, explained', () => {
    it('finds none for an unrelated expert', async () => {
      await db.query('update expert set employer_id = null where id = $1', [expertOfField.id]);
      expect(await check(expertOfField.id, accepted.id)).toEqual({ hasConflict: false, reasons: [] });
    });

    it('names the employer when the expert works for the nominator or a completing organization', async () => {
      await db.query('update expert set employer_id = $2 where id = $1', [
        expertOfField.id,
        accepted.nominatorId,
      ]);
      const name = (await one('select name from organization where id = $1', [accepted.nominatorId])).name;
      expect(await check(expertOfField.id, accepted.id)).toEqual({
        hasConflict: true,
        reasons: [{ rule: 'EMPLOYER_IS_NOMINATOR', detail: name }],
      });
      const completing = await one(
        'select organization_id from completing_organization where nomination_id = $1 and organization_id <> $2 limit 1',
        [accepted.id, accepted.nominatorId],
      );
      await db.query('update expert set employer_id = $2 where id = $1', [
        expertOfField.id,
        completing.organization_id,
      ]);
      expect((await check(expertOfField.id, accepted.id))?.reasons.map((reason) => reason.rule)).toEqual([
        'EMPLOYER_IS_COMPLETING_ORGANIZATION',
      ]);
      await db.query('update expert set employer_id = null where id = $1', [expertOfField.id]);
    });

    it('counts a past employer within the recent years, and not an older one', async () => {
      await db.query(
        `insert into expert_employment (id, expert_id, organization_id, ended_on)
         values (gen_random_uuid(), $1, $2, '2022-06-30'), (gen_random_uuid(), $1, $3, '2015-06-30')`,
        [expertOfField.id, accepted.nominatorId, accepted.nominatorId],
      );
      expect((await check(expertOfField.id, accepted.id))?.reasons).toEqual([
        { rule: 'RECENT_EMPLOYER', detail: expect.stringContaining('2022-06-30') },
      ]);
      await db.query('update award_cycle set recent_employment_years = 1');
      expect((await check(expertOfField.id, accepted.id))?.hasConflict).toBe(false);
      await db.query('update award_cycle set recent_employment_years = 3');
      await db.query('delete from expert_employment where expert_id = $1', [expertOfField.id]);
    });

    it('makes a completer of any nomination of the cycle conflict with every one, and keeps a signer or a declaration off its nomination', async () => {
      const completer = await one(
        `select p.id_document_number, n.code from completer p join nomination n on n.id = p.nomination_id
         where n.id <> $1 and n.status <> 'WITHDRAWN' limit 1`,
        [accepted.id],
      );
      await db.query('update expert set id_document_number = $2 where id = $1', [
        expertOfField.id,
        completer.id_document_number,
      ]);
      expect((await check(expertOfField.id, accepted.id))?.reasons).toEqual([
        { rule: 'COMPLETER_THIS_CYCLE', detail: completer.code },
      ]);
      await db.query('update expert set id_document_number = null where id = $1', [expertOfField.id]);
      await db.query(
        `insert into expert_conflict (id, expert_id, source, nomination_id, reason)
         values (gen_random_uuid(), $1, 'SIGNED_APPRAISAL_OR_ACCEPTANCE', $2, '签署了项目验收意见')`,
        [expertOfField.id, accepted.id],
      );
      expect((await check(expertOfField.id, accepted.id))?.reasons).toEqual([
        { rule: 'SIGNED_APPRAISAL_OR_ACCEPTANCE', detail: '签署了项目验收意见' },
      ]);
      await db.query('delete from expert_conflict where expert_id = $1', [expertOfField.id]);
    });

    it('lists, on the nomination, every expert in conflict with it with the reasons conflictCheck gives, for staff only', async () => {
      await db.query('update expert set employer_id = $2 where id = $1', [
        expertOfField.id,
        accepted.nominatorId,
      ]);
      const query = `query ($id: ID!) { nomination(id: $id) { expertConflicts { expertId reasons { rule detail } } } }`;
      const listed = await api.graphql<{
        nomination: { expertConflicts: { expertId: string; reasons: { rule: string; detail: string }[] }[] };
      }>(query, { id: accepted.id }, secretariat);
      const conflicts = listed.data?.nomination.expertConflicts ?? [];
      const expected = (
        await db.query(
          `select e.id from expert e where e.cycle_id = $1 and (e.employer_id = $2 or e.employer_id in
             (select organization_id from completing_organization where nomination_id = $3))`,
          [cycleId, accepted.nominatorId, accepted.id],
        )
      ).rows.map((row) => row.id);
      expect(conflicts.map((conflict) => conflict.expertId)).toEqual(expect.arrayContaining(expected));
      for (const conflict of conflicts) {
        expect(conflict.reasons).toEqual((await check(conflict.expertId, accepted.id))?.reasons);
      }
      const asExpert = await api.graphql(query, { id: accepted.id }, await api.login('expert1@example.com'));
      expect(asExpert.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
      await db.query('update expert set employer_id = null where id = $1', [expertOfField.id]);
    });
  });

  describe('the solver and its proposal', () => {
    let proposal: Proposal;

    it('proposes k reviewers of the field for each accepted nomination, none in conflict, and repeats itself for a seed', async () => {
      // A declared conflict with the nominator keeps this expert off the nomination.
      await db.query(
        `insert into expert_conflict (id, expert_id, source, organization_id, reason)
         values (gen_random_uuid(), $1, 'DECLARED', $2, '曾合作')`,
        [expertOfField.id, accepted.nominatorId],
      );
      proposal = await run('INVENTION', 42);
      const acceptedIds = (
        await db.query("select id from nomination where status = 'ACCEPTED' and category = 'INVENTION'")
      ).rows.map((row) => row.id);
      expect(proposal.status).toBe('DRAFT');
      expect(proposal.shortfalls).toEqual([]);
      for (const id of acceptedIds)
        expect(proposal.items.filter((item) => item.nomination.id === id)).toHaveLength(5);
      expect(
        proposal.items.some(
          (item) => item.expert.id === expertOfField.id && item.nomination.id === accepted.id,
        ),
      ).toBe(false);
      for (const item of proposal.items) {
        expect((await check(item.expert.id, item.nomination.id))?.hasConflict).toBe(false);
        const { count } = await one(
          'select count(*) from expert_field f join nomination n on n.field_id = f.field_id where f.expert_id = $1 and n.id = $2',
          [item.expert.id, item.nomination.id],
        );
        expect(Number(count)).toBe(1);
      }
      expect(proposal.totalFit).toBeLessThanOrEqual(proposal.upperBound);
      expect(proposal.loads.every((load) => load.existing + load.proposed <= load.maxLoad)).toBe(true);
      const again = await run('INVENTION', 42);
      expect(again.items.map((item) => [item.nomination.id, item.expert.id])).toEqual(
        proposal.items.map((item) => [item.nomination.id, item.expert.id]),
      );
      await api.graphql(
        'mutation ($id: ID!) { discardAssignmentProposal(id: $id) { status } }',
        { id: again.id },
        secretariat,
      );
    });

    it('refuses an adjustment that adds a conflicted expert, naming the expert and the nomination, and changes nothing', async () => {
      const adjusted = await api.graphql(
        `mutation ($id: ID!, $add: [ReviewerPairInput!]!) { adjustAssignmentProposal(id: $id, add: $add) { version } }`,
        { id: proposal.id, add: [{ nominationId: accepted.id, expertId: expertOfField.id }] },
        secretariat,
      );
      expect(adjusted.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        rule: 'CONFLICT_OF_INTEREST',
        expert: expertOfField.name,
        nomination: accepted.code,
      });
      const { pairs } = await one('select pairs from assignment_proposal where id = $1', [proposal.id]);
      expect(pairs).toHaveLength(proposal.items.length);
    });

    it('commits in one transaction: the assignments due at the window’s close, and the nominations enter review', async () => {
      const committed = await api.graphql<{ commitAssignmentProposal: { status: string } }>(
        'mutation ($id: ID!, $v: Int) { commitAssignmentProposal(id: $id, version: $v) { status } }',
        { id: proposal.id, v: proposal.version },
        secretariat,
      );
      expect(committed.data?.commitAssignmentProposal.status).toBe('COMMITTED');
      const { count, due } = await one(
        `select count(*), min(a.due_at) as due from assignment a join nomination n on n.id = a.nomination_id
         where n.category = 'INVENTION' and a.assigned_at > now() - interval '1 minute'`,
      );
      expect(Number(count)).toBe(proposal.items.length);
      // No extension of the chair's yet: each review is due when the window closes, wherever it moves.
      expect(due).toBeNull();
      expect((await one('select status from nomination where id = $1', [accepted.id])).status).toBe(
        'PRELIMINARY_REVIEW',
      );
      const twice = await api.graphql(
        'mutation ($id: ID!) { commitAssignmentProposal(id: $id) { status } }',
        { id: proposal.id },
        secretariat,
      );
      expect(codeOf(twice)).toBe('CONFLICT');
    });

    it('says which nominations lack how many eligible experts when k is larger than the pool', async () => {
      await db.query("update category_config set experts_per_nomination = 40 where category = 'PROGRESS'");
      const short = await run('PROGRESS', 1);
      const acceptedCount = Number(
        (
          await one(
            "select count(*) from nomination where category = 'PROGRESS' and status in ('ACCEPTED', 'PRELIMINARY_REVIEW')",
          )
        ).count,
      );
      expect(short.shortfalls.length).toBe(acceptedCount);
      for (const shortfall of short.shortfalls) {
        expect(shortfall.needed).toBeGreaterThan(shortfall.assigned);
        expect(shortfall.assigned).toBeLessThanOrEqual(shortfall.eligible);
        expect(shortfall.inField).toBeGreaterThanOrEqual(shortfall.eligible);
      }
      await db.query("update category_config set experts_per_nomination = 5 where category = 'PROGRESS'");
    });
  });

  describe('changes by hand', () => {
    it('ranks replacements by fit and load, replaces a reviewer, and refuses a conflicted one', async () => {
      const assignment = await one(
        `select a.id, a.expert_id from assignment a where a.nomination_id = $1 order by a.id limit 1`,
        [accepted.id],
      );
      const ranked = await api.graphql<{
        assignments: {
          edges: {
            node: {
              replacementCandidates: { expert: { id: string }; fit: number; load: number; maxLoad: number }[];
            };
          }[];
        };
      }>(
        `query ($n: ID!) { assignments(nominationId: $n, first: 1) { edges { node {
          replacementCandidates(first: 20) { expert { id } fit load maxLoad } } } } }`,
        { n: accepted.id },
        secretariat,
      );
      const candidates = ranked.data?.assignments.edges[0].node.replacementCandidates ?? [];
      expect(candidates.length).toBeGreaterThan(0);
      expect(candidates.map((c) => c.expert.id)).not.toContain(expertOfField.id);
      for (let i = 1; i < candidates.length; i++) {
        const [a, b] = [candidates[i - 1], candidates[i]];
        expect(a.fit > b.fit || (a.fit === b.fit && a.load / a.maxLoad <= b.load / b.maxLoad)).toBe(true);
      }
      const conflicted = await api.graphql(
        'mutation ($a: ID!, $e: ID!) { replaceReviewer(assignmentId: $a, expertId: $e, reason: "调整") { id } }',
        { a: assignment.id, e: expertOfField.id },
        secretariat,
      );
      expect(conflicted.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        rule: 'CONFLICT_OF_INTEREST',
      });
      expect((await one('select count(*) from assignment where id = $1', [assignment.id])).count).toBe('1');
      const replaced = await api.graphql<{ replaceReviewer: { id: string } }>(
        'mutation ($a: ID!, $e: ID!) { replaceReviewer(assignmentId: $a, expertId: $e, reason: "专家出差") { id } }',
        { a: assignment.id, e: candidates[0].expert.id },
        secretariat,
      );
      expect(replaced.errors).toBeUndefined();
      const experts = (
        await db.query('select expert_id from assignment where nomination_id = $1', [accepted.id])
      ).rows.map((row) => row.expert_id);
      expect(experts).toContain(candidates[0].expert.id);
      expect(experts).not.toContain(assignment.expert_id);
      const audit = await one(
        "select count(*) from audit_event where action in ('REVIEWER_REMOVED', 'REVIEWER_ADDED') and after->>'reason' = '专家出差'",
      );
      expect(Number(audit.count)).toBe(2);
    });

    it('refuses a sixth reviewer, and the removal of one who submitted its sheet', async () => {
      const eligible = await api.graphql<{
        assignments: { edges: { node: { replacementCandidates: { expert: { id: string } }[] } }[] };
      }>(
        `query ($n: ID!) { assignments(nominationId: $n, first: 1) { edges { node {
          replacementCandidates(first: 1) { expert { id } } } } } }`,
        { n: accepted.id },
        secretariat,
      );
      const extra = await api.graphql(
        'mutation ($n: ID!, $e: ID!) { addReviewer(nominationId: $n, expertId: $e, reason: "加一位") { id } }',
        { n: accepted.id, e: eligible.data?.assignments.edges[0].node.replacementCandidates[0].expert.id },
        secretariat,
      );
      expect(extra.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'K_REACHED' });
      const submitted = await one(
        `select a.id from assignment a join score_sheet s on s.assignment_id = a.id where s.status = 'SUBMITTED' limit 1`,
      );
      const removal = await api.graphql(
        'mutation ($a: ID!) { removeReviewer(assignmentId: $a, reason: "撤换") }',
        { a: submitted.id },
        secretariat,
      );
      expect(removal.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'SHEET_SUBMITTED' });
    });

    it('lists the reviews past their deadline without a submitted sheet', async () => {
      const listed = await api.graphql<{ overdueAssignments: { id: string }[] }>(
        'query ($c: ID!) { overdueAssignments(cycleId: $c) { id } }',
        { c: cycleId },
        secretariat,
      );
      // Due at the preliminary review window's close (2024 in the demo), or at a later extension.
      const expected = await db.query(
        `select a.id from assignment a join nomination n on n.id = a.nomination_id
         left join score_sheet s on s.assignment_id = a.id
         left join cycle_window w on w.cycle_id = n.cycle_id and w.kind = 'PRELIMINARY_REVIEW'
         where a.status in ('PENDING', 'ACCEPTED') and coalesce(a.due_at, w.closes_at) < now()
           and (s.status is distinct from 'SUBMITTED')`,
      );
      expect(listed.data?.overdueAssignments.map((a) => a.id).sort()).toEqual(
        expected.rows.map((row) => row.id).sort(),
      );
      expect(expected.rows.length).toBeGreaterThan(0);
    });
  });
});
