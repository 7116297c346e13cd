import type { EntityManager } from '@mikro-orm/postgresql';
import { findConflicts } from '../conflicts/conflict-rules.js';
import { Nomination } from '../nominations/nomination.entity.js';
import type { Assignment } from './assignment.entity.js';
import { existingPairs, loadPoolExperts, type PoolExpert } from './review-pool.js';
import { fitOf } from './solver/assignment-problem.js';

export interface RankedCandidate {
  expert: PoolExpert;
  fit: number;
}

/**
 * Experts who could take a reviewer's place on its nomination, within every hard constraint: the best
 * field fit first, then the lightest load relative to its maximum, then by name.
 */
export async function replacementCandidates(
  em: EntityManager,
  assignment: Assignment,
  limit: number,
): Promise<RankedCandidate[]> {
  const nomination = await em.findOneOrFail(Nomination, assignment.nomination.id);
  const cycleId = nomination.cycle.id;
  const [experts, conflicts, asked] = await Promise.all([
    loadPoolExperts(em, cycleId),
    findConflicts(em, { cycleId, nominationIds: [nomination.id] }),
    existingPairs(em, [nomination.id]),
  ]);
  const ratio = (expert: PoolExpert) => expert.existingLoad / expert.maxLoad;
  return experts
    .map((expert) => ({ expert, fit: fitOf(expert, nomination.field.id) }))
    .filter(
      ({ expert, fit }) =>
        fit > 0 &&
        expert.isAvailable &&
        expert.existingLoad < expert.maxLoad &&
        !asked.has(`${expert.id}:${nomination.id}`) &&
        !conflicts.hasConflict(expert.id, nomination.id),
    )
    .sort(
      (a, b) =>
        b.fit - a.fit || ratio(a.expert) - ratio(b.expert) || a.expert.name.localeCompare(b.expert.name),
    )
    .slice(0, limit);
}
