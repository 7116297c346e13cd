import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { policy } from '../auth/policy.js';
import { Role, STAFF } from '../auth/role.js';
import { hasRole, type Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { commitThenPublish } from '../live/commit-then-publish.js';
import { NominationNextStep, nextStepOf } from './next-step.js';
import { Nomination } from './nomination.entity.js';
import { NominationSubmission } from './nomination-submission.entity.js';
import { submitNomination } from './submission.service.js';
import { SubmissionReadiness, submissionReadiness } from './submission-readiness.js';

/** Submitting a nomination, and what its nominator and the secretariat see of its submissions. */
@Resolver(() => Nomination)
export class SubmissionResolver {
  @Authorized(Role.NOMINATOR)
  @Mutation(() => Nomination, {
    description:
      'submits a complete draft or a corrected return (inside the window); INCOMPLETE lists what is missing',
  })
  submitNomination(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() { em, events, viewer }: RequestContext,
  ) {
    return commitThenPublish(em, events, (tx, publish) =>
      submitNomination(tx, publish, viewer as Viewer, id, version),
    );
  }

  @Authorized(Role.NOMINATOR, ...STAFF)
  @FieldResolver(() => SubmissionReadiness, {
    description:
      'what a submission still lacks; in a state other than DRAFT or RETURNED, not ready and nothing listed',
  })
  submissionReadiness(@Root() nomination: Nomination, @Ctx() { em }: RequestContext) {
    return submissionReadiness(em, nomination);
  }

  @FieldResolver(() => NominationNextStep, { description: 'what the nominator does, or waits for, next' })
  nextStep(@Root() nomination: Nomination, @Ctx() { em }: RequestContext) {
    return nextStepOf(em, nomination);
  }

  @Authorized(Role.NOMINATOR, ...STAFF)
  @FieldResolver(() => [NominationSubmission], { description: 'each submission, its form frozen as sent' })
  submissions(@Root() nomination: Nomination, @Ctx() { loaders, viewer }: RequestContext) {
    if (!hasRole(viewer, ...STAFF) && !policy.ownsNomination(viewer, nomination)) return [];
    return loaders.childrenOf(NominationSubmission, 'nomination', { number: 'asc' }).load(nomination.id);
  }
}
