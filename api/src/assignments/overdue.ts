import type { EntityManager } from '@mikro-orm/postgresql';
import { Assignment } from './assignment.entity.js';
import { ACTIVE_REVIEW, REVIEW_DUE, REVIEW_WINDOW_JOIN, UNSUBMITTED } from './review-sql.js';

/**
 * Reviews past their deadline: still pending or accepted, due before `now`, and without a submitted
 * score sheet. Oldest deadline first.
 */
export async function overdueAssignments(
  em: EntityManager,
  cycleId: string,
  now = new Date(),
): Promise<Assignment[]> {
  const rows = await em.execute<{ id: string }[]>(
    `select a.id from assignment a join nomination n on n.id = a.nomination_id
     left join score_sheet s on s.assignment_id = a.id ${REVIEW_WINDOW_JOIN}
     where n.cycle_id = ? and ${ACTIVE_REVIEW} and ${REVIEW_DUE} < ? and ${UNSUBMITTED}
     order by ${REVIEW_DUE}, a.id`,
    [cycleId, now],
  );
  const assignments = await em.find(Assignment, { id: { $in: rows.map((row) => row.id) } });
  const byId = new Map(assignments.map((assignment) => [assignment.id, assignment]));
  return rows.map((row) => byId.get(row.id) as Assignment);
}
