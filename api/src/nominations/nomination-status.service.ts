import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import { policy } from '../auth/policy.js';
import { User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import type { Grade } from '../cycles/cycle.enums.js';
import { findById } from '../db/find-by-id.js';
import { DomainError } from '../errors.js';
import { term } from '../i18n/terms.js';
import type { Publish } from '../live/commit-then-publish.js';
import { notifyNominator } from '../notifications/notification.service.js';
import { Nomination } from './nomination.entity.js';
import { NominationStatus } from './nomination.enums.js';
import { canMove } from './nomination-lifecycle.js';
import { NominationTransition, type SectionReason } from './nomination-transition.entity.js';
import type { TransitionNote } from './transition-note.js';

/** Why a change was made, beside what a person wrote: a return's sections, or the system's note. */
export interface TransitionDetails {
  sectionReasons?: SectionReason[];
  note?: TransitionNote;
  noteGrade?: Grade;
}

/**
 * Moves a nomination along its lifecycle, recording who, when and why (history and audit trail),
 * tells the nominator in the app, and raises the live event.
 * Callers check the actor's right first; this checks the move itself.
 */
export async function moveNomination(
  em: EntityManager,
  publish: Publish,
  nomination: Nomination,
  to: NominationStatus,
  actorId: string | null,
  reason: string,
  { sectionReasons = [], note, noteGrade }: TransitionDetails = {},
): Promise<NominationTransition> {
  const from = nomination.status;
  if (!canMove(from, to)) {
    throw new DomainError(
      'CONFLICT',
      {
        en: `A nomination that is “${term('nominationStatus', from, 'en')}” cannot become “${term('nominationStatus', to, 'en')}”.`,
        zh: `提名不能从“${term('nominationStatus', from)}”转为“${term('nominationStatus', to)}”。`,
      },
      { from, to },
    );
  }
  nomination.status = to;
  const transition = em.create(NominationTransition, {
    nomination,
    fromStatus: from,
    toStatus: to,
    actor: actorId ? em.getReference(User, actorId) : null,
    reason,
    sectionReasons,
    note: note ?? null,
    noteGrade: noteGrade ?? null,
  });
  await em.flush();
  await notifyNominator(em, transition, actorId);
  await recordAudit(em, {
    actorId,
    action: 'NOMINATION_STATUS_CHANGED',
    entityType: 'Nomination',
    entityId: nomination.id,
    before: { status: from },
    after: {
      status: to,
      reason,
      ...(sectionReasons.length ? { sectionReasons } : {}),
      ...(note ? { note, noteGrade: noteGrade ?? null } : {}),
    },
  });
  publish('NOMINATION_STATUS_CHANGED', nomination.cycle.id, {
    nominationId: nomination.id,
    cycleId: nomination.cycle.id,
    code: nomination.code,
    fromStatus: from,
    toStatus: to,
    at: transition.at,
  });
  return transition;
}

/** The nominator withdraws its own nomination, at any point before approval, with a reason. */
export async function withdrawNomination(
  em: EntityManager,
  publish: Publish,
  viewer: Viewer,
  nominationId: string,
  reason: string,
): Promise<Nomination> {
  const nomination = await findById(em, Nomination, nominationId);
  if (!policy.ownsNomination(viewer, nomination)) {
    throw new DomainError('FORBIDDEN', {
      en: 'Only the nominating organization may withdraw its nomination.',
      zh: '只有提名单位可以撤回其提名。',
    });
  }
  if (reason.trim().length === 0)
    throw new DomainError('BAD_USER_INPUT', {
      en: 'reason: state why it is withdrawn',
      zh: '理由：请说明撤回的原因',
    });
  await moveNomination(em, publish, nomination, NominationStatus.WITHDRAWN, viewer.userId, reason.trim());
  return nomination;
}
