import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../db/sql-arrays.js';
import { ACTIVE_REVIEW, REVIEW_DUE, REVIEW_WINDOW_JOIN, UNSUBMITTED } from './review-sql.js';

export interface ReviewDeadline {
  /** REVIEW_DUE; null when neither the chair's extension nor the window's close is set */
  due: Date | null;
  /** still open, past `due`, without a submitted sheet: what the overdue list and counts count */
  isOverdue: boolean;
}

/**
 * Each assignment's effective deadline and whether it is overdue, by id, from the SQL definitions every
 * list and count uses (review-sql.ts): asked of the database so that the expert's page, the sheet's
 * refusal and the console's counts can never tell different times.
 */
export async function reviewDeadlines(
  em: EntityManager,
  assignmentIds: readonly string[],
): Promise<Map<string, ReviewDeadline>> {
  const rows = await em.execute<{ id: string; due: Date | string | null; is_overdue: boolean | null }[]>(
    `select a.id, ${REVIEW_DUE} as due,
       (${ACTIVE_REVIEW} and ${UNSUBMITTED} and ${REVIEW_DUE} < now()) as is_overdue
     from assignment a join nomination n on n.id = a.nomination_id
     left join score_sheet s on s.assignment_id = a.id ${REVIEW_WINDOW_JOIN}
     where a.id = any(?::uuid[])`,
    [uuidArray([...assignmentIds])],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      { due: row.due == null ? null : new Date(row.due), isOverdue: row.is_overdue === true },
    ]),
  );
}

/** One assignment's effective deadline (see `reviewDeadlines`). */
export async function effectiveDeadline(em: EntityManager, assignmentId: string): Promise<Date | null> {
  return (await reviewDeadlines(em, [assignmentId])).get(assignmentId)?.due ?? null;
}
