import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { findById } from '../db/find-by-id.js';
import { badInput, DomainError } from '../errors.js';
import type { Publish } from '../live/commit-then-publish.js';
import { recordLiveChange } from '../live/live-sequence.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { NominationStatus } from '../nominations/nomination.enums.js';
import { moveNomination } from '../nominations/nomination-status.service.js';
import { ScoreSheet, ScoreSheetStatus } from '../scoring/score-sheet.entity.js';
import { assertAssignable } from './assignability.js';
import { Assignment, AssignmentStatus } from './assignment.entity.js';
import { loadPoolNominations } from './review-pool.js';

function assertReason(reason: string): string {
  if (reason.trim() === '')
    throw badInput('reason', { en: 'say why the reviewers change', zh: '请说明调整评审专家的理由' });
  return reason.trim();
}

/** Accepted nominations that now have their k reviewers enter preliminary review. */
export async function startReviewWhenStaffed(
  em: EntityManager,
  publish: Publish,
  viewer: Viewer,
  cycleId: string,
  nominationIds: string[],
): Promise<void> {
  const staffed = (await loadPoolNominations(em, cycleId, { nominationIds })).filter(
    (nomination) => nomination.status === NominationStatus.ACCEPTED && nomination.need === 0,
  );
  // One query for them all: a proposal's commit may staff thousands.
  const nominations = await em.find(Nomination, { id: { $in: staffed.map(({ id }) => id) } });
  for (const nomination of nominations) {
    await moveNomination(em, publish, nomination, NominationStatus.PRELIMINARY_REVIEW, viewer.userId, '');
  }
}

/** Asks one more reviewer, within every hard constraint (assignability.ts). */
export async function addReviewer(
  em: EntityManager,
  publish: Publish,
  viewer: Viewer,
  input: { nominationId: string; expertId: string; reason: string },
): Promise<Assignment> {
  const reason = assertReason(input.reason);
  const nomination = await findById(em, Nomination, input.nominationId, 'nominationId');
  await assertAssignable(em, nomination.cycle.id, [input]);
  const assignment = em.create(Assignment, {
    nomination: input.nominationId,
    expert: input.expertId,
    assignedBy: viewer.userId,
  });
  await em.flush();
  await recordAudit(em, {
    actorId: viewer.userId,
    action: 'REVIEWER_ADDED',
    entityType: 'Assignment',
    entityId: assignment.id,
    after: { nominationId: input.nominationId, expertId: input.expertId, reason },
  });
  await startReviewWhenStaffed(em, publish, viewer, nomination.cycle.id, [input.nominationId]);
  await recordLiveChange(em, publish, nomination.cycle.id);
  return assignment;
}

/**
 * Takes a reviewer off a nomination. A submitted score sheet is part of the record: the chair reopens
 * it first; a draft sheet goes with the assignment (the audit keeps who removed it and why).
 */
export async function removeReviewer(
  em: EntityManager,
  publish: Publish,
  viewer: Viewer,
  input: { assignmentId: string; reason: string },
): Promise<Assignment> {
  const reason = assertReason(input.reason);
  const assignment = await findById(em, Assignment, input.assignmentId, 'assignmentId');
  const sheet = await em.findOne(ScoreSheet, { assignment });
  if (sheet?.status === ScoreSheetStatus.SUBMITTED) {
    throw new DomainError(
      'CONFLICT',
      {
        en: 'This reviewer has submitted its score sheet; the chair must reopen it first.',
        zh: '该专家已提交评分表，须先由评审委员会主任退回评分表。',
      },
      {
        rule: 'SHEET_SUBMITTED',
      },
    );
  }
  const before = {
    nominationId: assignment.nomination.id,
    expertId: assignment.expert.id,
    status: assignment.status,
    hadDraftSheet: sheet != null,
  };
  const nomination = await em.findOneOrFail(Nomination, assignment.nomination.id);
  em.remove(assignment);
  await em.flush();
  await recordLiveChange(em, publish, nomination.cycle.id);
  await recordAudit(em, {
    actorId: viewer.userId,
    action: 'REVIEWER_REMOVED',
    entityType: 'Assignment',
    entityId: input.assignmentId,
    before,
    after: { reason },
  });
  return assignment;
}

/**
 * Puts another expert in a reviewer's place, in one transaction. A reviewer who declined or recused
 * itself keeps its assignment (the record of why); any other is removed.
 */
export async function replaceReviewer(
  em: EntityManager,
  publish: Publish,
  viewer: Viewer,
  input: { assignmentId: string; expertId: string; reason: string },
): Promise<Assignment> {
  const replaced = await findById(em, Assignment, input.assignmentId, 'assignmentId');
  const hasSteppedAside = [AssignmentStatus.DECLINED, AssignmentStatus.RECUSED].includes(replaced.status);
  if (!hasSteppedAside) await removeReviewer(em, publish, viewer, input);
  return addReviewer(em, publish, viewer, {
    nominationId: replaced.nomination.id,
    expertId: input.expertId,
    reason: input.reason,
  });
}
