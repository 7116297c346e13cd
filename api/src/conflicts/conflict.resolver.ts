import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { STAFF } from '../auth/role.js';
import type { RequestContext } from '../context.js';
import { findById } from '../db/find-by-id.js';
import { Expert } from '../experts/expert.entity.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { ConflictCheck } from './conflict-rule.js';
import { findConflicts } from './conflict-rules.js';

@Resolver()
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
}
