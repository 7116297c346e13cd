import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Assignment, AssignmentStatus } from '../assignments/assignment.entity.js';
import { effectiveDeadline } from '../assignments/review-deadline.js';
import type { Viewer } from '../auth/viewer.js';
import { assertId } from '../db/find-by-id.js';
import { DomainError, notFound } from '../errors.js';
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
    throw new DomainError('FORBIDDEN', 'Accept the impartiality and confidentiality declaration first.', {
      rule: 'DECLARATION_REQUIRED',
    });
  }
  if (assignment.status === AssignmentStatus.DECLINED || assignment.status === AssignmentStatus.RECUSED) {
    throw new DomainError(
      'FORBIDDEN',
      `This assignment was ${assignment.status.toLowerCase()}; it takes no scores.`,
      {
        rule: 'NOT_REVIEWING',
      },
    );
  }
  const nomination = await em.findOneOrFail(Nomination, assignment.nomination.id);
  if (nomination.status !== NominationStatus.PRELIMINARY_REVIEW) {
    throw new DomainError('CONFLICT', `Nomination ${nomination.code} is not in preliminary review.`, {
      rule: 'NOT_IN_REVIEW',
      status: nomination.status,
    });
  }
  const deadline = await effectiveDeadline(em, nomination.cycle.id, assignment.dueAt);
  if (deadline && now.getTime() >= deadline.getTime()) {
    throw new DomainError('WINDOW_CLOSED', 'The review deadline has passed; only the chair can extend it.', {
      window: 'PRELIMINARY_REVIEW',
      closesAt: deadline.toISOString(),
    });
  }
  return { assignment, nomination };
}
