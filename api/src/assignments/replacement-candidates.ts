import type { EntityManager } from '@mikro-orm/postgresql';
import { findConflicts } from '../conflicts/conflict-rules.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { existingPairs, loadPoolExperts, type PoolExpert } from './review-pool.js';
import { fitOf } from './solver/assignment-problem.js';

export interface RankedCandidate {
  expert: PoolExpert;
  fit: number;
}

/**
 * Experts who could take a reviewer's place on each of these nominations, within every hard
 * constraint: the best field fit first, then the lightest load relative to its maximum, then by name.
 * For several nominations at once (a list of assignments asks for each), the pool and the conflicts
 * read once per cycle and the experts already asked once for all. Keyed by nomination id.
 */
export async function replacementCandidates(
  em: EntityManager,
  nominationIds: readonly string[],
  limit: number,
): Promise<Map<string, RankedCandidate[]>> {
  const nominations = await em.find(Nomination, { id: { $in: [...nominationIds] } });
  const asked = await existingPairs(em, [...nominationIds]);
  const candidates = new Map<string, RankedCandidate[]>();
  for (const cycleId of new Set(nominations.map((nomination) => nomination.cycle.id))) {
    const ofCycle = nominations.filter((nomination) => nomination.cycle.id === cycleId);
    const [experts, conflicts] = await Promise.all([
      loadPoolExperts(em, cycleId),
      findConflicts(em, { cycleId, nominationIds: ofCycle.map((nomination) => nomination.id) }),
    ]);
    const ratio = (expert: PoolExpert) => expert.existingLoad / expert.maxLoad;
    for (const nomination of ofCycle) {
      const ranked = experts
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
      candidates.set(nomination.id, ranked);
    }
  }
  return candidates;
}
