import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { STAFF } from '../auth/role.js';
import type { RequestContext } from '../context.js';
import { findById } from '../db/find-by-id.js';
import { Expert } from '../experts/expert.entity.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { ConflictCheck, ExpertInConflict } from './conflict-rule.js';
import { findConflicts } from './conflict-rules.js';

@Resolver(() => Nomination)
export class ConflictResolver {
  @Authorized(...STAFF)
  @Query(() => ConflictCheck, {
    description: 'whether an expert conflicts with a nomination, and why (回避)',
  })
  async conflictCheck(
    @Arg('expertId', () => ID) expertId: string,
    @Arg('nominationId', () => ID) nominationId: string,
    @Ctx() { em }: RequestContext,
  ): Promise<ConflictCheck> {
    const nomination = await findById(em, Nomination, nominationId, 'nominationId');
    await findById(em, Expert, expertId, 'expertId', { cycle: nomination.cycle.id });
    const conflicts = await findConflicts(em, {
      cycleId: nomination.cycle.id,
      expertIds: [expertId],
      nominationIds: [nominationId],
    });
    const reasons = conflicts.reasons(expertId, nominationId);
    return { hasConflict: reasons.length > 0, reasons };
  }

  @Authorized(...STAFF)
  @FieldResolver(() => [ExpertInConflict], {
    description: 'the experts of the pool in conflict with it, with their reasons: never to be assigned',
  })
  expertConflicts(@Root() nomination: Nomination, @Ctx() { em, loaders }: RequestContext) {
    return loaders
      .batch<ExpertInConflict[]>('Nomination#expertConflicts', async (ids) => {
        const nominations = await em.find(Nomination, { id: { $in: [...ids] } });
        const byNomination = new Map<string, ExpertInConflict[]>();
        for (const cycleId of new Set(nominations.map((one) => one.cycle.id))) {
          const ofCycle = nominations.filter((one) => one.cycle.id === cycleId).map((one) => one.id);
          const conflicts = await findConflicts(em, { cycleId, nominationIds: ofCycle });
          for (const id of ofCycle) byNomination.set(id, conflicts.expertsInConflict(id));
        }
        return ids.map((id) => byNomination.get(id) ?? []);
      })
      .load(nomination.id);
  }
}
