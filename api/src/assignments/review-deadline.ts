import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../db/sql-arrays.js';
import { REVIEW_DUE, REVIEW_WINDOW_JOIN } from './review-sql.js';

/**
 * Each assignment's effective deadline (REVIEW_DUE, the one definition every list and count uses), by
 * id; null when neither the chair's extension nor the window's close is set. Asked of the database so
 * that the expert's page, the sheet's refusal and the console's counts can never tell different times.
 */
export async function effectiveDeadlines(
  em: EntityManager,
  assignmentIds: readonly string[],
): Promise<Map<string, Date | null>> {
  const rows = await em.execute<{ id: string; due: Date | string | null }[]>(
    `select a.id, ${REVIEW_DUE} as due from assignment a join nomination n on n.id = a.nomination_id
     ${REVIEW_WINDOW_JOIN} where a.id = any(?::uuid[])`,
    [uuidArray([...assignmentIds])],
  );
  return new Map(rows.map((row) => [row.id, row.due == null ? null : new Date(row.due)]));
}

/** One assignment's effective deadline (see `effectiveDeadlines`). */
export async function effectiveDeadline(em: EntityManager, assignmentId: string): Promise<Date | null> {
  return (await effectiveDeadlines(em, [assignmentId])).get(assignmentId) ?? null;
}
