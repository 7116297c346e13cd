import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Assignment, AssignmentStatus } from '../assignments/assignment.entity.js';
import { effectiveDeadline } from '../assignments/review-deadline.js';
import type { Viewer } from '../auth/viewer.js';
import { findConflicts } from '../conflicts/conflict-rules.js';
import { assertId } from '../db/find-by-id.js';
import { DomainError, notFound } from '../errors.js';
import { term } from '../i18n/terms.js';
import { shanghaiTime } from '../i18n/text.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { NominationStatus } from '../nominations/nomination.enums.js';

/**
 * The expert's own assignment, locked for the write, once everything that lets it score holds: the
 * impartiality declaration accepted, the assignment neither declined nor recused, the nomination in
 * preliminary review, and the deadline not passed (award-rules.md; the chair extends deadlines). An
 * assignment of another expert is NOT_FOUND, as one that does not exist.
 */
export async function assignmentToScore(
  em: EntityManager,
  viewer: Viewer,
  assignmentId: string,
  now = new Date(),
): Promise<{ assignment: Assignment; nomination: Nomination }> {
  assertId('assignmentId', assignmentId);
  const assignment = await em.findOne(
    Assignment,
    { id: assignmentId, expert: { user: viewer.userId } },
    { populate: ['expert'], lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!assignment) throw notFound('Assignment', assignmentId);
  if (!assignment.expert.declarationAcceptedAt) {
    throw new DomainError(
      'FORBIDDEN',
      {
        en: 'Accept the impartiality and confidentiality declaration first.',
        zh: '请先签署公正性与保密声明。',
      },
      {
        rule: 'DECLARATION_REQUIRED',
      },
    );
  }
  if (assignment.status === AssignmentStatus.DECLINED || assignment.status === AssignmentStatus.RECUSED) {
    throw new DomainError(
      'FORBIDDEN',
      {
        en: `This assignment was ${assignment.status.toLowerCase()}; it takes no scores.`,
        zh: `此评审任务${term('assignmentStatus', assignment.status)}，不能评分。`,
      },
      {
        rule: 'NOT_REVIEWING',
      },
    );
  }
  const nomination = await em.findOneOrFail(Nomination, assignment.nomination.id);
  const conflicts = await findConflicts(em, {
    cycleId: nomination.cycle.id,
    expertIds: [assignment.expert.id],
    nominationIds: [nomination.id],
  });
  const reasons = conflicts.reasons(assignment.expert.id, nomination.id);
  if (reasons.length > 0) {
    throw new DomainError(
      'FORBIDDEN',
      {
        en: 'A conflict of interest keeps you from scoring this nomination; the secretariat will replace you.',
        zh: '您与该提名存在需回避的情形，不能评分；秘书处将另行安排专家。',
      },
      { rule: 'CONFLICT_OF_INTEREST', reasons },
    );
  }
  if (nomination.status !== NominationStatus.PRELIMINARY_REVIEW) {
    throw new DomainError(
      'CONFLICT',
      {
        en: `Nomination ${nomination.code} is not in preliminary review.`,
        zh: `提名 ${nomination.code} 不在初评阶段。`,
      },
      {
        rule: 'NOT_IN_REVIEW',
        status: nomination.status,
      },
    );
  }
  const deadline = await effectiveDeadline(em, assignment.id);
  if (deadline && now.getTime() >= deadline.getTime()) {
    throw new DomainError(
      'WINDOW_CLOSED',
      {
        en: 'The review deadline has passed; only the chair can extend it.',
        zh: `评审截止时间（${shanghaiTime(deadline)}，北京时间）已过，只有评审委员会主任可以延期。`,
      },
      {
        window: 'PRELIMINARY_REVIEW',
        closesAt: deadline.toISOString(),
      },
    );
  }
  return { assignment, nomination };
}
