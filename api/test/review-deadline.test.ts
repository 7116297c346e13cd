import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-api.js';
import { type CycleWindow, windowMovesOpening } from './window-moves.js';

const SET_WINDOW = `mutation ($c: ID!, $k: WindowKind!, $o: DateTimeISO!, $e: DateTimeISO!) {
  setCycleWindow(cycleId: $c, kind: $k, opensAt: $o, closesAt: $e) { closesAt } }`;
const WINDOWS = 'query ($c: ID!) { awardCycle(id: $c) { windows { kind opensAt closesAt } } }';
const EXTEND = `mutation ($ids: [ID!]!, $u: DateTimeISO!) {
  extendReviewDeadline(assignmentIds: $ids, until: $u, reason: "专家出差") { id effectiveDeadline } }`;
const DEADLINE = 'query ($id: ID!) { assignment(id: $id) { effectiveDeadline isOverdue } }';
const OVERDUE = 'query ($c: ID!) { overdueAssignments(cycleId: $c) { id effectiveDeadline } }';
const PROGRESS = 'query ($c: ID!) { reviewProgress(cycleId: $c) { categories { overdue } } }';

/** Defect 2 of issue 14: one rule decides when a review is due, and every list and count follows it. */
describe("a review's effective deadline", () => {
  let api: TestApi;
  let db: pg.Client;
  let secretariat: string;
  let chair: string;
  let cycleId: string;
  let assignmentId: string;
  const windowCloses = '2024-07-31T09:00:00.000Z';

  const overdueCount = async () =>
    (
      await api.graphql<{ reviewProgress: { categories: { overdue: number }[] } }>(
        PROGRESS,
        { c: cycleId },
        chair,
      )
    ).data?.reviewProgress.categories.reduce((sum, row) => sum + row.overdue, 0);
  const overdueIds = async () =>
    (
      await api.graphql<{ overdueAssignments: { id: string }[] }>(OVERDUE, { c: cycleId }, secretariat)
    ).data?.overdueAssignments.map((row) => row.id);
  const assignmentOf = async (id: string) =>
    (
      await api.graphql<{ assignment: { effectiveDeadline: string | null; isOverdue: boolean } }>(
        DEADLINE,
        { id },
        chair,
      )
    ).data?.assignment;
  const setWindows = async (windows: CycleWindow[]) => {
    for (const { kind, opensAt, closesAt } of windows) {
      const { errors } = await api.graphql(
        SET_WINDOW,
        { c: cycleId, k: kind, o: opensAt, e: closesAt },
        secretariat,
      );
      expect(errors, `${kind} ${opensAt} – ${closesAt}`).toBeUndefined();
    }
  };

  beforeAll(async () => {
    api = await startTestApi();
    db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    const { rows } = await db.query(`select a.id, n.cycle_id from assignment a
      join nomination n on n.id = a.nomination_id left join score_sheet s on s.assignment_id = a.id
      where n.status = 'PRELIMINARY_REVIEW' and a.status in ('PENDING', 'ACCEPTED')
        and s.status is distinct from 'SUBMITTED' order by a.id limit 1`);
    [{ id: assignmentId, cycle_id: cycleId }] = rows;
    secretariat = await api.login('secretariat@example.com');
    chair = await api.login('chair@example.com');
  });
  afterAll(() => db.end());

  it('is the window’s close while the chair has extended nothing: overdue in every list alike', async () => {
    expect(await assignmentOf(assignmentId)).toEqual({ effectiveDeadline: windowCloses, isOverdue: true });
    expect(await overdueIds()).toContain(assignmentId);
    expect(await overdueCount()).toBe((await overdueIds())?.length);
  });

  it('moves with the window when the secretariat reopens it: nobody is overdue', async () => {
    const nextYear = Date.now() + 365 * 86_400_000;
    const timeline = await api.graphql<{ awardCycle: { windows: CycleWindow[] } }>(
      WINDOWS,
      { c: cycleId },
      secretariat,
    );
    await setWindows(windowMovesOpening(['PRELIMINARY_REVIEW'], nextYear));
    try {
      expect(await assignmentOf(assignmentId)).toEqual({
        effectiveDeadline: new Date(nextYear).toISOString(),
        isOverdue: false,
      });
      expect(await overdueIds()).toEqual([]);
      expect(await overdueCount()).toBe(0);
    } finally {
      await setWindows(timeline.data?.awardCycle.windows ?? []);
    }
  });

  it('is the chair’s extension when that is later, and only for the review extended', async () => {
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const extended = await api.graphql<{ extendReviewDeadline: { effectiveDeadline: string }[] }>(
      EXTEND,
      { ids: [assignmentId], u: until },
      chair,
    );
    expect(extended.data?.extendReviewDeadline).toEqual([{ id: assignmentId, effectiveDeadline: until }]);
    const overdue = await overdueIds();
    expect(overdue).not.toContain(assignmentId);
    expect((await assignmentOf(assignmentId))?.isOverdue).toBe(false);
    expect(await overdueCount()).toBe(overdue?.length);
  });
});
