import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { STAFF } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { assertId } from '../db/find-by-id.js';
import { Expert } from '../experts/expert.entity.js';
import { commitThenPublish } from '../live/commit-then-publish.js';
import { Assignment } from './assignment.entity.js';
import { ReplacementCandidate } from './assignment-proposal.types.js';
import { overdueAssignments } from './overdue.js';
import { type RankedCandidate, replacementCandidates } from './replacement-candidates.js';
import { addReviewer, removeReviewer, replaceReviewer } from './reviewer-changes.service.js';

/** Changes to the reviewers after the fact, by the secretariat or the chair; each checked and audited. */
@Resolver(() => Assignment)
export class ReviewerChangesResolver {
  @Authorized(...STAFF)
  @Mutation(() => Assignment)
  addReviewer(
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('expertId', () => ID) expertId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, events, viewer }: RequestContext,
  ) {
    return commitThenPublish(em, events, (tx, publish) =>
      addReviewer(tx, publish, viewer as Viewer, { nominationId, expertId, reason }),
    );
  }

  @Authorized(...STAFF)
  @Mutation(() => Boolean, { description: 'refused once the reviewer has submitted its sheet' })
  async removeReviewer(
    @Arg('assignmentId', () => ID) assignmentId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, events, viewer }: RequestContext,
  ) {
    await commitThenPublish(em, events, (tx, publish) =>
      removeReviewer(tx, publish, viewer as Viewer, { assignmentId, reason }),
    );
    return true;
  }

  @Authorized(...STAFF)
  @Mutation(() => Assignment, { description: 'the new assignment' })
  replaceReviewer(
    @Arg('assignmentId', () => ID) assignmentId: string,
    @Arg('expertId', () => ID) expertId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, events, viewer }: RequestContext,
  ) {
    return commitThenPublish(em, events, (tx, publish) =>
      replaceReviewer(tx, publish, viewer as Viewer, { assignmentId, expertId, reason }),
    );
  }

  @Authorized(...STAFF)
  @Query(() => [Assignment], { description: 'reviews past their deadline without a submitted sheet' })
  overdueAssignments(@Arg('cycleId', () => ID) cycleId: string, @Ctx() { em }: RequestContext) {
    assertId('cycleId', cycleId);
    return overdueAssignments(em, cycleId);
  }

  @Authorized(...STAFF)
  @FieldResolver(() => [ReplacementCandidate], {
    description: 'who could take this reviewer’s place: the best fit, then the lightest load',
  })
  async replacementCandidates(
    @Root() assignment: Assignment,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() { em, loaders }: RequestContext,
  ) {
    const limit = Math.min(Math.max(first, 1), 50);
    const ranked = await loaders
      .batch<RankedCandidate[]>(`Nomination#replacementCandidates:${limit}`, async (ids) => {
        const byNomination = await replacementCandidates(em, ids, limit);
        return ids.map((id) => byNomination.get(id) ?? []);
      })
      .load(assignment.nomination.id);
    return ranked.map(({ expert, fit }) => ({
      expert: loaders.one(Expert, expert.id),
      fit,
      load: expert.existingLoad,
      maxLoad: expert.maxLoad,
    }));
  }
}
