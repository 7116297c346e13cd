import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { STAFF } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { AwardCategory } from '../cycles/cycle.enums.js';
import { assertId } from '../db/find-by-id.js';
import { commitThenPublish } from '../live/commit-then-publish.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { startReReview } from './re-review-start.service.js';

@Resolver()
export class ReReviewStartResolver {
  @Authorized(...STAFF)
  @Mutation(() => [Nomination], {
    description:
      "ends the category's preliminary review (every review submitted) and moves its nominations to re-review",
  })
  startReReview(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('category', () => AwardCategory) category: AwardCategory,
    @Ctx() { em, events, viewer }: RequestContext,
  ) {
    assertId('cycleId', cycleId);
    return commitThenPublish(em, events, (tx, publish) =>
      startReReview(tx, publish, viewer as Viewer, { cycleId, category }),
    );
  }
}
