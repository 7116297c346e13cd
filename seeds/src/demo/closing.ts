import { listEntryOf, listedNominations } from '@award/api/domain';
import {
  AwardCategory,
  type AwardCycle,
  CycleWindow,
  FinalEntry,
  FinalList,
  type Nomination,
  PublicityEntry,
  PublicityList,
  NominationStatus as S,
  type User,
  WindowKind,
} from '@award/api/entities';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as PostgresEntityManager } from '@mikro-orm/postgresql';
import { STEPS } from './nominations.js';
import { seedResults } from './results.js';
import { shanghai } from './shanghai-time.js';

/**
 * The lists the demo's closing steps would have written (publishResults, approveResults): a category
 * whose nominations went on publicity has its publicity list, one whose nominations were approved has
 * its final list. Without them the award lists would say nothing is published while the nominations
 * say 公示中 / 已审定. Revoked awards are listed as they stood then, approved with their grade, and
 * marked revoked afterwards, as revokeAward does.
 */
export async function seedClosing(
  em: EntityManager,
  cycle: AwardCycle,
  chair: User,
  nominations: readonly Nomination[],
): Promise<void> {
  const revoked = nominations.filter((nomination) => nomination.status === S.REVOKED);
  for (const nomination of revoked) nomination.status = S.APPROVED;
  await seedResults(em, cycle);
  await em.flush();
  const pg = em as PostgresEntityManager;
  const window = await em.findOneOrFail(CycleWindow, { cycle, kind: WindowKind.PUBLICITY });
  for (const category of Object.values(AwardCategory)) {
    const published = await listedNominations(pg, cycle.id, category, S.PUBLICITY, S.APPROVED);
    if (published.length > 0) {
      const list = em.create(PublicityList, {
        cycle,
        category,
        publishedAt: shanghai(STEPS[S.PUBLICITY].at),
        publishedBy: chair,
        publicityOpensAt: window.opensAt,
        publicityClosesAt: window.closesAt,
      });
      for (const [index, entry] of published.entries()) {
        em.create(PublicityEntry, { list, ...listEntryOf(entry, index), completers: entry.completers });
      }
    }
    const approved = await listedNominations(pg, cycle.id, category, S.APPROVED);
    if (approved.length > 0) {
      const list = em.create(FinalList, {
        cycle,
        category,
        approvedAt: shanghai(STEPS[S.APPROVED].at),
        approvedBy: chair,
      });
      for (const [index, entry] of approved.entries()) {
        const isRevoked = revoked.includes(entry.nomination);
        em.create(FinalEntry, {
          list,
          ...listEntryOf(entry, index),
          revokedAt: isRevoked ? shanghai(STEPS[S.REVOKED].at) : null,
          revocationReason: isRevoked ? STEPS[S.REVOKED].reason : null,
        });
      }
    }
  }
  for (const nomination of revoked) nomination.status = S.REVOKED;
}
