import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../auth/role.js';
import { User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { assertId } from '../db/find-by-id.js';
import type { NominationTransition } from '../nominations/nomination-transition.entity.js';
import { Notification } from './notification.entity.js';

/**
 * Every change of a nomination's state reaches its organization's nominator accounts in the app (issue 4,
 * status for nominators), but the one who made it. Only the state and the public reason go out: never a
 * reviewer or a score.
 */
export async function notifyNominator(
  em: EntityManager,
  transition: NominationTransition,
  actorId: string | null,
): Promise<void> {
  const recipients = await em.find(User, {
    organization: transition.nomination.nominator.id,
    roles: { $contains: [Role.NOMINATOR] },
    isDisabled: false,
    ...(actorId ? { id: { $ne: actorId } } : {}),
  });
  for (const recipient of recipients) {
    em.create(Notification, {
      recipient,
      nomination: transition.nomination,
      toStatus: transition.toStatus,
      reason: transition.reason,
      sectionReasons: transition.sectionReasons,
      note: transition.note ?? null,
      noteGrade: transition.noteGrade ?? null,
    });
  }
  await em.flush();
}

/** The viewer's notifications, newest first. */
export function notificationsOf(
  em: EntityManager,
  viewer: Viewer,
  unreadOnly: boolean,
  limit: number,
): Promise<Notification[]> {
  return em.find(
    Notification,
    { recipient: viewer.userId, ...(unreadOnly ? { readAt: null } : {}) },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit },
  );
}

/** Marks the viewer's own notifications read; others' ids are ignored. Returns how many changed. */
export async function markNotificationsRead(
  em: EntityManager,
  viewer: Viewer,
  ids: string[],
): Promise<number> {
  for (const [i, id] of ids.entries()) assertId(`ids[${i}]`, id);
  return em.nativeUpdate(
    Notification,
    { id: { $in: ids }, recipient: viewer.userId, readAt: null },
    { readAt: new Date() },
  );
}
