import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { findById } from '../db/find-by-id.js';
import { badInput } from '../errors.js';
import { term } from '../i18n/terms.js';
import type { Publish } from '../live/commit-then-publish.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { NominationStatus } from '../nominations/nomination.enums.js';
import { canMove } from '../nominations/nomination-lifecycle.js';
import { moveNomination } from '../nominations/nomination-status.service.js';
import { closingConflict } from './closing-conflict.js';
import { FinalEntry } from './final-list.entity.js';

/**
 * The chair revokes a nomination for fraud (award-rules.md, Stages and states: REVOKED, even after
 * approval), from any state after submission the lifecycle allows: the nomination moves to REVOKED with
 * the reason, and when it was approved, its entry on the published final list is marked revoked with
 * the time and reason, so the list everyone reads says so.
 */
export async function revokeAward(
  em: EntityManager,
  publish: Publish,
  viewer: Viewer,
  nominationId: string,
  reason: string,
): Promise<Nomination> {
  const why = reason.trim();
  if (why.length === 0) throw badInput('reason', 'state why the award is revoked');
  const nomination = await findById(em, Nomination, nominationId, 'nominationId');
  if (!canMove(nomination.status, NominationStatus.REVOKED)) {
    throw closingConflict(
      'NOT_REVOCABLE',
      {
        en: `Nomination ${nomination.code} is “${term('nominationStatus', nomination.status, 'en')}”: it cannot be revoked from that state.`,
        zh: `${nomination.code} 当前状态不能撤销。`,
      },
      {
        nominationId,
      },
    );
  }
  const transition = await moveNomination(
    em,
    publish,
    nomination,
    NominationStatus.REVOKED,
    viewer.userId,
    why,
  );
  const entry = await em.findOne(FinalEntry, { nomination });
  if (entry) {
    entry.revokedAt = transition.at;
    entry.revocationReason = why;
    await em.flush();
    await recordAudit(em, {
      actorId: viewer.userId,
      action: 'AWARD_REVOKED',
      entityType: 'FinalEntry',
      entityId: entry.id,
      after: { nominationId, code: nomination.code, reason: why, revokedAt: transition.at.toISOString() },
    });
  }
  return nomination;
}
