import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { AwardCategory } from '../cycles/cycle.enums.js';
import { assertId } from '../db/find-by-id.js';
import { commitThenPublish } from '../live/commit-then-publish.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { approveResults } from './approval.service.js';
import { FinalEntry, FinalList } from './final-list.entity.js';
import { revokeAward } from './revocation.service.js';

/** Approval (审定): the chair's, and its list is published to everyone signed in, nominators too. */
@Resolver(() => FinalList)
export class FinalListResolver {
  @Authorized(Role.CHAIR)
  @Mutation(() => FinalList, { description: "approves the category's final list once publicity is over" })
  approveResults(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('category', () => AwardCategory) category: AwardCategory,
    @Ctx() { em, events, viewer }: RequestContext,
  ) {
    assertId('cycleId', cycleId);
    return commitThenPublish(em, events, (tx, publish) =>
      approveResults(tx, publish, viewer as Viewer, cycleId, category),
    );
  }

  @Authorized(Role.CHAIR)
  @Mutation(() => Nomination, { description: 'revokes an approved award; the final list marks it revoked' })
  revokeAward(
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, events, viewer }: RequestContext,
  ) {
    return commitThenPublish(em, events, (tx, publish) =>
      revokeAward(tx, publish, viewer as Viewer, nominationId, reason),
    );
  }

  @Authorized()
  @Query(() => FinalList, { nullable: true, description: 'the approved awards; null until approved' })
  finalList(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('category', () => AwardCategory) category: AwardCategory,
    @Ctx() { em }: RequestContext,
  ) {
    assertId('cycleId', cycleId);
    return em.findOne(FinalList, { cycle: cycleId, category });
  }

  @FieldResolver(() => [FinalEntry])
  entries(@Root() list: FinalList, @Ctx() { loaders }: RequestContext) {
    return loaders.childrenOf(FinalEntry, 'list', { position: 'asc' }).load(list.id);
  }
}
