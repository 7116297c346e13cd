import type { EntityManager } from '@mikro-orm/postgresql';
import { ACTIVE_REVIEW } from '../assignments/review-sql.js';
import { findConflicts } from '../conflicts/conflict-rules.js';
import { AwardCycle } from '../cycles/award-cycle.entity.js';
import { CategoryConfig } from '../cycles/category-config.entity.js';
import type { AwardCategory } from '../cycles/cycle.enums.js';
import { commitThenPublish } from '../live/commit-then-publish.js';
import type { EventBus } from '../live/event-bus.js';
import { recordLiveChange } from '../live/live-sequence.js';
import { NominationStatus } from '../nominations/nomination.enums.js';
import { computeResults, type NominationFact, type SheetFact } from './compute-results.js';
import { NominationResult } from './nomination-result.entity.js';

/** Nominations ranked in the stage: in preliminary review or past it; withdrawn and revoked ones are not. */
const RANKED_STATUSES = [
  NominationStatus.PRELIMINARY_REVIEW,
  NominationStatus.RE_REVIEW,
  NominationStatus.PUBLICITY,
  NominationStatus.APPROVED,
  NominationStatus.NOT_AWARDED,
];

interface SheetRow {
  sheet_id: string;
  nomination_id: string;
  expert_id: string;
  total: string;
  submitted_at: string | Date;
  rubric_id: string;
}

async function loadFacts(em: EntityManager, cycleId: string) {
  const nominations = await em.execute<{ id: string; category: AwardCategory; assigned: string }[]>(
    `select n.id, n.category,
       (select count(*) from assignment a where a.nomination_id = n.id and ${ACTIVE_REVIEW}) as assigned
     from nomination n where n.cycle_id = ? and n.status = any(?::nomination_status[])`,
    [cycleId, `{${RANKED_STATUSES.join(',')}}`],
  );
  const sheets = await em.execute<SheetRow[]>(
    `select s.id as sheet_id, a.nomination_id, a.expert_id, s.total, s.submitted_at, s.rubric_id
     from score_sheet s join assignment a on a.id = s.assignment_id join nomination n on n.id = a.nomination_id
     where n.cycle_id = ? and ${ACTIVE_REVIEW} and s.status = 'SUBMITTED'
       and n.status = any(?::nomination_status[])`,
    [cycleId, `{${RANKED_STATUSES.join(',')}}`],
  );
  const points = await em.execute<{ sheet_id: string; criterion_id: string; points: string }[]>(
    `select p.sheet_id, p.criterion_id, p.points from criterion_score p join score_sheet s on s.id = p.sheet_id
     join assignment a on a.id = s.assignment_id join nomination n on n.id = a.nomination_id
     where n.cycle_id = ? and s.status = 'SUBMITTED' and p.points is not null`,
    [cycleId],
  );
  const criteria = await em.execute<{ id: string; code: string; max_points: number; rubric_id: string }[]>(
    `select c.id, c.code, c.max_points, c.rubric_id from criterion c join rubric r on r.id = c.rubric_id
     where r.cycle_id = ? order by c.position`,
    [cycleId],
  );
  return { nominations, sheets, points, criteria };
}

/** Serialises the computations of a cycle's results, each in its own transaction. */
function lockResults(em: EntityManager, cycleId: string) {
  return em.execute('select pg_advisory_xact_lock(hashtext(?))', [`results:${cycleId}`]);
}

/**
 * Recomputes every result of the cycle's preliminary stage from the submitted sheets (never typed in),
 * in the caller's transaction, and stores them; the grade finally given is kept. Serialised per cycle,
 * since one sheet moves the severity adjustment, the ranking and the quota cut of the others.
 */
export async function recomputeResults(em: EntityManager, cycleId: string): Promise<NominationResult[]> {
  await lockResults(em, cycleId);
  return storeResults(em, cycleId);
}

/**
 * Brings the cycle's stored results up to date when a change has moved them since they were computed
 * (live/live-sequence.ts counts such changes): a submission only counts itself, and the whole-cycle
 * computation runs once for all the changes since, on the first read that needs it. True when it ran.
 */
export async function refreshResults(em: EntityManager, bus: EventBus, cycleId: string): Promise<boolean> {
  if (!(await changesUncovered(em, cycleId))) return false;
  return commitThenPublish(em.fork(), bus, async (tx, publish) => {
    await lockResults(tx, cycleId);
    // Another reader may have computed them while this one waited for the lock.
    if (!(await changesUncovered(tx, cycleId))) return false;
    await storeResults(tx, cycleId);
    // The consoles' last snapshot has the ranking as it was: a counted change makes them read it again.
    await recordLiveChange(tx, publish, cycleId);
    return true;
  });
}

/** The count of the cycle's changes that moved its results, when the stored results miss some. */
async function changesUncovered(em: EntityManager, cycleId: string): Promise<string | undefined> {
  const [row] = await em.execute<{ changes: string }[]>(
    `select results_changes as changes from live_sequence
     where cycle_id = ? and results_changes > results_computed`,
    [cycleId],
  );
  return row?.changes;
}

async function storeResults(em: EntityManager, cycleId: string): Promise<NominationResult[]> {
  // Read before the facts: every change counted here has committed, so the facts below include it.
  const [covered] = await em.execute<{ changes: string }[]>(
    'select results_changes as changes from live_sequence where cycle_id = ?',
    [cycleId],
  );
  const cycle = await em.findOneOrFail(AwardCycle, cycleId);
  const configs = await em.find(CategoryConfig, { cycle: cycleId });
  const [facts, conflicts] = await Promise.all([loadFacts(em, cycleId), findConflicts(em, { cycleId })]);
  const pointsBySheet = new Map<string, Record<string, number>>();
  for (const row of facts.points) {
    pointsBySheet.set(row.sheet_id, {
      ...pointsBySheet.get(row.sheet_id),
      [row.criterion_id]: Number(row.points),
    });
  }
  // A sheet whose expert turned out to be in conflict with the nomination does not count.
  const counted = facts.sheets.filter((row) => !conflicts.hasConflict(row.expert_id, row.nomination_id));
  const sheets: SheetFact[] = counted.map((row) => ({
    sheetId: row.sheet_id,
    nominationId: row.nomination_id,
    expertId: row.expert_id,
    total: Number(row.total),
    submittedAt: new Date(row.submitted_at).getTime(),
    points: pointsBySheet.get(row.sheet_id) ?? {},
  }));
  const rubricsOf = new Map<string, Set<string>>();
  for (const row of facts.sheets) {
    rubricsOf.set(row.nomination_id, (rubricsOf.get(row.nomination_id) ?? new Set()).add(row.rubric_id));
  }
  const nominations: NominationFact[] = facts.nominations.map((row) => ({
    id: row.id,
    category: row.category,
    assignedCount: Number(row.assigned),
    criteria: facts.criteria
      .filter((criterion) => rubricsOf.get(row.id)?.has(criterion.rubric_id))
      .map((criterion) => ({ id: criterion.id, code: criterion.code, maxPoints: criterion.max_points })),
  }));
  const quotas = Object.fromEntries(
    configs.map((config) => [
      config.category,
      { FIRST: config.quotaFirst, SECOND: config.quotaSecond, THIRD: config.quotaThird },
    ]),
  ) as Parameters<typeof computeResults>[2]['quotas'];
  const computed = computeResults(nominations, sheets, { ...cycle, quotas });

  const existing = await em.find(NominationResult, { nomination: { cycle: cycleId } });
  const stored = new Map(existing.map((result) => [result.nomination.id, result]));
  const computedAt = new Date();
  const results = computed.map(({ nominationId, ...figures }) => {
    const result = stored.get(nominationId) ?? em.create(NominationResult, { nomination: nominationId });
    stored.delete(nominationId);
    return em.assign(result, { ...figures, computedAt });
  });
  // Results of nominations no longer ranked (withdrawn, revoked) go, unless a grade was given.
  for (const result of stored.values()) if (result.finalGrade == null) em.remove(result);
  await em.flush();
  if (covered) {
    await em.execute(
      'update live_sequence set results_computed = greatest(results_computed, ?) where cycle_id = ?',
      [covered.changes, cycleId],
    );
  }
  return results;
}
