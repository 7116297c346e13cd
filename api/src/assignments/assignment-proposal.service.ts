import { randomInt } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { findConflicts } from '../conflicts/conflict-rules.js';
import { CategoryConfig } from '../cycles/category-config.entity.js';
import type { AwardCategory } from '../cycles/cycle.enums.js';
import { assertId } from '../db/find-by-id.js';
import { DomainError, notFound } from '../errors.js';
import { term } from '../i18n/terms.js';
import type { Publish } from '../live/commit-then-publish.js';
import { recordLiveChange } from '../live/live-sequence.js';
import { assertAssignable, type ReviewerPair } from './assignability.js';
import { Assignment } from './assignment.entity.js';
import { AssignmentProposal, ProposalStatus } from './assignment-proposal.entity.js';
import { existingPairs, loadPoolExperts, loadPoolNominations } from './review-pool.js';
import { startReviewWhenStaffed } from './reviewer-changes.service.js';
import { solveAssignment } from './solver/solve-assignment.js';

/**
 * Runs the solver over the category's nominations that still lack reviewers and keeps the result as a
 * DRAFT proposal. Without a seed, a random one is drawn (and kept, so the run can be repeated).
 */
export async function runAssignmentSolver(
  em: EntityManager,
  viewer: Viewer,
  input: { cycleId: string; category: AwardCategory; seed?: number | null },
): Promise<AssignmentProposal> {
  assertId('cycleId', input.cycleId);
  const config = await em.findOne(CategoryConfig, { cycle: input.cycleId, category: input.category });
  if (!config) throw notFound('AwardCycle', input.cycleId);
  const seed = input.seed ?? randomInt(0, 2 ** 31 - 1);
  const nominations = (await loadPoolNominations(em, input.cycleId, { category: input.category })).filter(
    (nomination) => nomination.need > 0,
  );
  const nominationIds = nominations.map((nomination) => nomination.id);
  const [experts, conflicts, asked] = await Promise.all([
    loadPoolExperts(em, input.cycleId),
    findConflicts(em, { cycleId: input.cycleId, nominationIds }),
    existingPairs(em, nominationIds),
  ]);
  const started = performance.now();
  const solution = await solveAssignment({
    nominations,
    experts,
    seed,
    isExcluded: (expertId, nominationId) =>
      asked.has(`${expertId}:${nominationId}`) || conflicts.hasConflict(expertId, nominationId),
    exclusionKind: (expertId, nominationId) => {
      if (asked.has(`${expertId}:${nominationId}`)) return 'ALREADY_ASSIGNED';
      return conflicts.hasConflict(expertId, nominationId) ? 'CONFLICT' : null;
    },
  });
  const proposal = em.create(AssignmentProposal, {
    cycle: input.cycleId,
    category: input.category,
    seed,
    k: config.expertsPerNomination,
    pairs: solution.pairs,
    shortfalls: solution.shortfalls,
    totalFit: solution.totalFit,
    upperBound: solution.upperBound,
    solveMs: Math.round(performance.now() - started),
    createdBy: viewer.userId,
  });
  await em.flush();
  await recordAudit(em, {
    actorId: viewer.userId,
    action: 'ASSIGNMENT_SOLVER_RUN',
    entityType: 'AssignmentProposal',
    entityId: proposal.id,
    after: {
      category: input.category,
      seed,
      pairs: solution.pairs.length,
      shortfalls: solution.shortfalls.length,
      totalFit: solution.totalFit,
    },
  });
  return proposal;
}

async function draftProposal(
  em: EntityManager,
  id: string,
  version?: number | null,
): Promise<AssignmentProposal> {
  assertId('id', id);
  const proposal = await em.findOne(AssignmentProposal, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!proposal) throw notFound('AssignmentProposal', id);
  if (proposal.status !== ProposalStatus.DRAFT) {
    throw new DomainError(
      'CONFLICT',
      {
        en: `The proposal is “${term('proposalStatus', proposal.status, 'en')}”; only a draft can change.`,
        zh: `此分配方案${term('proposalStatus', proposal.status)}，只有草稿可以修改。`,
      },
      {
        status: proposal.status,
      },
    );
  }
  if (version != null && version !== proposal.version) {
    throw new DomainError(
      'CONFLICT',
      { en: 'The proposal changed meanwhile; reload it.', zh: '分配方案已被修改，请重新加载。' },
      {
        currentVersion: proposal.version,
      },
    );
  }
  return proposal;
}

const keyOf = (pair: ReviewerPair) => `${pair.expertId}:${pair.nominationId}`;

/** The secretariat's adjustment: pairs removed, pairs added; the result must keep every hard constraint. */
export async function adjustAssignmentProposal(
  em: EntityManager,
  viewer: Viewer,
  input: { id: string; version?: number | null; add: ReviewerPair[]; remove: ReviewerPair[] },
): Promise<AssignmentProposal> {
  const proposal = await draftProposal(em, input.id, input.version);
  const removed = new Set(input.remove.map(keyOf));
  const kept = proposal.pairs.filter((pair) => !removed.has(keyOf(pair)));
  if (kept.length !== proposal.pairs.length - removed.size) {
    throw new DomainError(
      'BAD_USER_INPUT',
      { en: 'remove: names a pair that is not in the proposal.', zh: '移除项：含有不在方案中的分配。' },
      { field: 'remove' },
    );
  }
  const cycleId = proposal.cycle.id;
  const pairs = [...kept, ...input.add];
  const checked = await assertAssignable(em, cycleId, pairs);
  proposal.pairs = [...kept, ...checked.slice(kept.length)];
  proposal.shortfalls = proposal.shortfalls.filter((shortfall) => {
    const assigned = proposal.pairs.filter((pair) => pair.nominationId === shortfall.nominationId).length;
    return assigned < shortfall.needed;
  });
  await em.flush();
  await recordAudit(em, {
    actorId: viewer.userId,
    action: 'ASSIGNMENT_PROPOSAL_ADJUSTED',
    entityType: 'AssignmentProposal',
    entityId: proposal.id,
    after: { added: input.add, removed: input.remove },
  });
  return proposal;
}

/**
 * Commits a proposal in one transaction: every pair is checked again against the data as it is now,
 * the assignments are created (due when the stage's window closes, REVIEW_DUE), and accepted nominations that now have their
 * k reviewers enter preliminary review.
 */
export async function commitAssignmentProposal(
  em: EntityManager,
  publish: Publish,
  viewer: Viewer,
  id: string,
  version?: number | null,
): Promise<AssignmentProposal> {
  const proposal = await draftProposal(em, id, version);
  const cycleId = proposal.cycle.id;
  await assertAssignable(em, cycleId, proposal.pairs);
  for (const pair of proposal.pairs) {
    em.create(Assignment, {
      nomination: pair.nominationId,
      expert: pair.expertId,
      assignedBy: viewer.userId,
    });
  }
  proposal.status = ProposalStatus.COMMITTED;
  proposal.decidedAt = new Date();
  await em.flush();
  await recordAudit(em, {
    actorId: viewer.userId,
    action: 'ASSIGNMENT_PROPOSAL_COMMITTED',
    entityType: 'AssignmentProposal',
    entityId: proposal.id,
    after: { assignments: proposal.pairs.length, category: proposal.category, seed: proposal.seed },
  });
  const nominationIds = [...new Set(proposal.pairs.map((pair) => pair.nominationId))];
  await startReviewWhenStaffed(em, publish, viewer, cycleId, nominationIds);
  await recordLiveChange(em, publish, cycleId);
  return proposal;
}

export async function discardAssignmentProposal(
  em: EntityManager,
  viewer: Viewer,
  id: string,
): Promise<AssignmentProposal> {
  const proposal = await draftProposal(em, id);
  proposal.status = ProposalStatus.DISCARDED;
  proposal.decidedAt = new Date();
  await em.flush();
  await recordAudit(em, {
    actorId: viewer.userId,
    action: 'ASSIGNMENT_PROPOSAL_DISCARDED',
    entityType: 'AssignmentProposal',
    entityId: proposal.id,
  });
  return proposal;
}
