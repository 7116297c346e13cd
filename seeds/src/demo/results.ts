import { recomputeResults } from '@award/api/domain';
import { type AwardCycle, Grade, type Nomination, NominationStatus as S } from '@award/api/entities';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as PostgresEntityManager } from '@mikro-orm/postgresql';

/**
 * The grade the demo committee gave: those past re-review (in publicity, approved) keep their
 * recommendation, at least the third grade; the publicity list and the final list print it.
 */
function finalGrade(status: S, recommended: Grade | null | undefined): Grade | null {
  if (status === S.NOT_AWARDED) return Grade.NONE;
  if (status === S.PUBLICITY || status === S.APPROVED)
    return !recommended || recommended === Grade.NONE ? Grade.THIRD : recommended;
  return null;
}

/**
 * The results of the stage, computed by the API itself from the submitted sheets (as every submission
 * does), and the grades the demo committee gave to the nominations it decided.
 */
export async function seedResults(em: EntityManager, cycle: AwardCycle): Promise<void> {
  await em.flush();
  const results = await recomputeResults(em as PostgresEntityManager, cycle.id);
  for (const result of results) {
    const nomination = result.nomination as Nomination;
    result.finalGrade = finalGrade(nomination.status, result.recommendedGrade);
  }
}
