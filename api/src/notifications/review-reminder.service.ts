import type { EntityManager } from '@mikro-orm/postgresql';
import { ACTIVE_REVIEW, REVIEW_DUE, REVIEW_WINDOW_JOIN, UNSUBMITTED } from '../assignments/review-sql.js';
import { recordAudits } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { assertIds } from '../db/find-by-id.js';
import { uuidArray } from '../db/sql-arrays.js';
import { Notification, NotificationKind } from './notification.entity.js';

/**
 * The chair or the secretariat reminds reviewers of their reviews: one notification (and mail, with
 * SMTP) to each expert whose assignment is still open without a submitted sheet; others are skipped.
 * Returns how many were reminded.
 */
export async function remindReviewers(
  em: EntityManager,
  viewer: Viewer,
  assignmentIds: string[],
): Promise<number> {
  assertIds('assignmentIds', assignmentIds, 'assignment');
  const open = await em.execute<
    { id: string; user_id: string; nomination_id: string; due: Date | string | null }[]
  >(
    `select a.id, e.user_id, a.nomination_id, ${REVIEW_DUE} as due
     from assignment a join expert e on e.id = a.expert_id join nomination n on n.id = a.nomination_id
     ${REVIEW_WINDOW_JOIN} left join score_sheet s on s.assignment_id = a.id
     where a.id = any(?::uuid[]) and ${ACTIVE_REVIEW} and e.user_id is not null and ${UNSUBMITTED}`,
    [uuidArray(assignmentIds)],
  );
  for (const row of open) {
    em.create(Notification, {
      recipient: row.user_id,
      nomination: row.nomination_id,
      kind: NotificationKind.REVIEW_REMINDER,
      reason: row.due ? new Date(row.due).toISOString() : '',
    });
  }
  await em.flush();
  await recordAudits(
    em,
    open.map((row) => ({
      actorId: viewer.userId,
      action: 'REVIEWER_REMINDED',
      entityType: 'Assignment',
      entityId: row.id,
    })),
  );
  return open.length;
}
