import type { EntityManager } from '@mikro-orm/postgresql';
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
    `select a.id, e.user_id, a.nomination_id, greatest(a.due_at, w.closes_at) as due
     from assignment a join expert e on e.id = a.expert_id join nomination n on n.id = a.nomination_id
     left join cycle_window w on w.cycle_id = n.cycle_id and w.kind = 'PRELIMINARY_REVIEW'
     left join score_sheet s on s.assignment_id = a.id
     where a.id = any(?::uuid[]) and a.status in ('PENDING', 'ACCEPTED') and e.user_id is not null
       and (s.status is distinct from 'SUBMITTED')`,
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
