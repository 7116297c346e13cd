import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { STAFF } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { AwardCategory } from '../cycles/cycle.enums.js';
import { assertId } from '../db/find-by-id.js';
import { commitThenPublish } from '../live/commit-then-publish.js';
import { publishResults } from './publicity.service.js';
import { PublicityEntry, PublicityList } from './publicity-list.entity.js';

/**
 * Publicity (公示). Either staff role publishes: publication transcribes the committee's ballots with
 * no choice left to make, the secretariat runs publicity, and the chair who closed the ballots may
 * publish at once. The published list is public: anyone signed in reads it.
 */
@Resolver(() => PublicityList)
export class PublicityListResolver {
  @Authorized(...STAFF)
  @Mutation(() => PublicityList, {
    description:
      "the category's re-review outcome goes on publicity; nominations that failed THIRD end NOT_AWARDED",
  })
  publishResults(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('category', () => AwardCategory) category: AwardCategory,
    @Ctx() { em, events, viewer }: RequestContext,
  ) {
    assertId('cycleId', cycleId);
    return commitThenPublish(em, events, (tx, publish) =>
      publishResults(tx, publish, viewer as Viewer, cycleId, category),
    );
  }

  @Authorized()
  @Query(() => PublicityList, { nullable: true, description: 'null until the category is published' })
  publicityList(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('category', () => AwardCategory) category: AwardCategory,
    @Ctx() { em }: RequestContext,
  ) {
    assertId('cycleId', cycleId);
    return em.findOne(PublicityList, { cycle: cycleId, category });
  }

  @FieldResolver(() => [PublicityEntry])
  entries(@Root() list: PublicityList, @Ctx() { loaders }: RequestContext) {
    return loaders.childrenOf(PublicityEntry, 'list', { position: 'asc' }).load(list.id);
  }
}
