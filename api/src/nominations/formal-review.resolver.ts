import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { commitThenPublish } from '../live/commit-then-publish.js';
import { acceptNomination, returnNomination } from './formal-review.service.js';
import { Nomination } from './nomination.entity.js';
import { SectionReason } from './nomination-transition.entity.js';

/** The secretariat's formal review (形式审查) of submitted nominations. */
@Resolver(() => Nomination)
export class FormalReviewResolver {
  @Authorized(Role.SECRETARIAT)
  @Mutation(() => Nomination, { description: 'formal review passed: the nomination goes on to review' })
  acceptNomination(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() { em, events, viewer }: RequestContext,
  ) {
    return commitThenPublish(em, events, (tx, publish) =>
      acceptNomination(tx, publish, viewer as Viewer, id, note),
    );
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => Nomination, { description: 'sends the nomination back with a reason per section' })
  returnNomination(
    @Arg('id', () => ID) id: string,
    @Arg('reasons', () => [SectionReason]) reasons: SectionReason[],
    @Ctx() { em, events, viewer }: RequestContext,
  ) {
    return commitThenPublish(em, events, (tx, publish) =>
      returnNomination(tx, publish, viewer as Viewer, id, reasons),
    );
  }
}
