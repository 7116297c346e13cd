import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type AuditRecord, recordAudits } from '../audit/audit.service.js';
import type { AuditAction } from '../audit/audit-kinds.js';
import type { Viewer } from '../auth/viewer.js';
import { assertId } from '../db/find-by-id.js';
import { badInput, DomainError, notFound } from '../errors.js';
import { ConflictSource, ExpertConflict } from '../experts/expert-conflict.entity.js';
import { term } from '../i18n/terms.js';
import type { Publish } from '../live/commit-then-publish.js';
import { recordLiveChange } from '../live/live-sequence.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { ScoreSheet, ScoreSheetStatus } from '../scoring/score-sheet.entity.js';
import { Assignment, AssignmentStatus } from './assignment.entity.js';
import { AssignmentResponse } from './assignment-response.types.js';

const REASON_MAX = 500;

const AUDIT_ACTION: Record<AssignmentResponse, AuditAction> = {
  [AssignmentResponse.ACCEPT]: 'ASSIGNMENT_ACCEPTED',
  [AssignmentResponse.DECLINE]: 'ASSIGNMENT_DECLINED',
  [AssignmentResponse.RECUSE]: 'ASSIGNMENT_RECUSED',
};

const STATUS_AFTER: Record<AssignmentResponse, AssignmentStatus> = {
  [AssignmentResponse.ACCEPT]: AssignmentStatus.ACCEPTED,
  [AssignmentResponse.DECLINE]: AssignmentStatus.DECLINED,
  [AssignmentResponse.RECUSE]: AssignmentStatus.RECUSED,
};

/**
 * An expert accepts, declines or recuses itself from an assignment of its own (issue 5, Changes after
 * the fact). Another expert's assignment is NOT_FOUND, so a refusal does not tell who reviews what.
 * Declining and recusing need a reason, and are open while the assignment is PENDING or ACCEPTED and
 * no score sheet of it was submitted. A recusal is also recorded as a DECLARED conflict with the
 * nomination (award-rules.md, Conflicts of interest), so that nobody assigns it to the expert again;
 * from then on the expert no longer sees the nomination.
 */
export async function respondToAssignment(
  em: EntityManager,
  publish: Publish,
  viewer: Viewer,
  assignmentId: string,
  response: AssignmentResponse,
  reason: string | null | undefined,
): Promise<Assignment> {
  const why = reason?.trim() ?? '';
  if (response !== AssignmentResponse.ACCEPT && why === '')
    throw badInput('reason', {
      en: `is required to ${response.toLowerCase()} an assignment`,
      zh: response === AssignmentResponse.RECUSE ? '申请回避须说明理由' : '谢绝评审任务须说明理由',
    });
  if ([...why].length > REASON_MAX)
    throw badInput('reason', { en: `at most ${REASON_MAX} characters`, zh: `最多 ${REASON_MAX} 个字符` });
  // Locked, as a submission locks it, so that a sheet cannot be submitted between the check and the answer.
  assertId('assignmentId', assignmentId);
  const assignment = await em.findOne(
    Assignment,
    { id: assignmentId, expert: { user: viewer.userId } },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!assignment) throw notFound('Assignment', assignmentId);
  const target = STATUS_AFTER[response];
  if (assignment.status === target && response === AssignmentResponse.ACCEPT) return assignment;
  if (assignment.status !== AssignmentStatus.PENDING && assignment.status !== AssignmentStatus.ACCEPTED)
    throw new DomainError(
      'CONFLICT',
      {
        en: `The assignment is “${term('assignmentStatus', assignment.status, 'en')}” already; it cannot change now.`,
        zh: `此评审任务已处于“${term('assignmentStatus', assignment.status)}”状态，现在不能更改。`,
      },
      {
        status: assignment.status,
      },
    );
  if (response === AssignmentResponse.ACCEPT) await assertDeclarationAccepted(em, assignment);
  else await assertNoSubmittedSheet(em, assignment);

  return em.transactional(async (tx) => {
    const before = { status: assignment.status, statusReason: assignment.statusReason ?? null };
    assignment.status = target;
    assignment.statusReason = why === '' ? null : why;
    const audits: AuditRecord[] = [
      {
        actorId: viewer.userId,
        action: AUDIT_ACTION[response],
        entityType: 'Assignment',
        entityId: assignment.id,
        before,
        after: { status: assignment.status, statusReason: assignment.statusReason },
      },
    ];
    if (response === AssignmentResponse.RECUSE) {
      const conflict = await recordRecusal(tx, assignment, why);
      if (conflict)
        audits.push({
          actorId: viewer.userId,
          action: 'EXPERT_CONFLICT_DECLARED',
          entityType: 'ExpertConflict',
          entityId: conflict.id,
          after: {
            expertId: assignment.expert.id,
            nominationId: assignment.nomination.id,
            source: conflict.source,
            reason: conflict.reason,
          },
        });
    }
    await tx.flush();
    await recordAudits(tx, audits);
    const nomination = await tx.findOneOrFail(Nomination, assignment.nomination.id);
    // A recusal takes a sheet out of the counted ones.
    await recordLiveChange(tx, publish, nomination.cycle.id, { movesResults: true });
    return assignment;
  });
}

/** The declared conflict a recusal stands for, unless the expert has declared this nomination already. */
async function recordRecusal(em: EntityManager, assignment: Assignment, reason: string) {
  const where = {
    expert: assignment.expert.id,
    nomination: assignment.nomination.id,
    source: ConflictSource.DECLARED,
  };
  if (await em.count(ExpertConflict, where)) return null;
  return em.create(ExpertConflict, {
    expert: assignment.expert,
    nomination: assignment.nomination,
    source: ConflictSource.DECLARED,
    reason: `回避 (recused from the assignment): ${reason}`,
  });
}

async function assertDeclarationAccepted(em: EntityManager, assignment: Assignment): Promise<void> {
  await em.populate(assignment, ['expert']);
  if (!assignment.expert.declarationAcceptedAt)
    throw new DomainError('CONFLICT', {
      en: 'Accept the impartiality and confidentiality declaration (acceptExpertDeclaration) before accepting an assignment.',
      zh: '接受评审任务前，请先签署公正性与保密声明。',
    });
}

async function assertNoSubmittedSheet(em: EntityManager, assignment: Assignment): Promise<void> {
  if (await em.count(ScoreSheet, { assignment: assignment.id, status: ScoreSheetStatus.SUBMITTED }))
    throw new DomainError('CONFLICT', {
      en: 'The score sheet of this assignment is submitted; it cannot be declined now.',
      zh: '此评审任务的评分表已提交，现在不能谢绝或回避。',
    });
}
