import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role, STAFF } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { AwardCategory } from '../cycles/cycle.enums.js';
import { assertId, findById } from '../db/find-by-id.js';
import { Expert } from '../experts/expert.entity.js';
import { commitThenPublish } from '../live/commit-then-publish.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { AssignmentProposal, ProposalStatus } from './assignment-proposal.entity.js';
import {
  adjustAssignmentProposal,
  commitAssignmentProposal,
  discardAssignmentProposal,
  runAssignmentSolver,
} from './assignment-proposal.service.js';
import {
  AssignmentShortfall,
  ExpertLoad,
  ProposedAssignment,
  ReviewerPairInput,
} from './assignment-proposal.types.js';
import { loadPoolExperts } from './review-pool.js';

/** The secretariat's assignment board: run the solver, look, adjust, commit or discard. */
@Resolver(() => AssignmentProposal)
export class AssignmentProposalResolver {
  @Authorized(...STAFF)
  @Query(() => [AssignmentProposal], { description: 'the cycle’s solver runs, newest first' })
  assignmentProposals(@Arg('cycleId', () => ID) cycleId: string, @Ctx() { em }: RequestContext) {
    assertId('cycleId', cycleId);
    return em.find(AssignmentProposal, { cycle: cycleId }, { orderBy: { createdAt: 'desc' }, limit: 50 });
  }

  @Authorized(...STAFF)
  @Query(() => AssignmentProposal)
  assignmentProposal(@Arg('id', () => ID) id: string, @Ctx() { em }: RequestContext) {
    return findById(em, AssignmentProposal, id);
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => AssignmentProposal, {
    description:
      'assigns k reviewers to every nomination of the category that lacks them, as a DRAFT proposal',
  })
  runAssignmentSolver(
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('category', () => AwardCategory) category: AwardCategory,
    @Arg('seed', () => Int, { nullable: true, description: 'repeat a run; absent: a new random one' })
    seed: number | null,
    @Ctx() { em, viewer }: RequestContext,
  ) {
    return em.transactional((tx) => runAssignmentSolver(tx, viewer as Viewer, { cycleId, category, seed }));
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => AssignmentProposal)
  adjustAssignmentProposal(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Arg('add', () => [ReviewerPairInput], { defaultValue: [] }) add: ReviewerPairInput[],
    @Arg('remove', () => [ReviewerPairInput], { defaultValue: [] }) remove: ReviewerPairInput[],
    @Ctx() { em, viewer }: RequestContext,
  ) {
    return em.transactional((tx) =>
      adjustAssignmentProposal(tx, viewer as Viewer, { id, version, add, remove }),
    );
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => AssignmentProposal, { description: 'creates the assignments, in one transaction' })
  commitAssignmentProposal(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() { em, events, viewer }: RequestContext,
  ) {
    return commitThenPublish(em, events, (tx, publish) =>
      commitAssignmentProposal(tx, publish, viewer as Viewer, id, version),
    );
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => AssignmentProposal)
  discardAssignmentProposal(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: RequestContext) {
    return em.transactional((tx) => discardAssignmentProposal(tx, viewer as Viewer, id));
  }

  @FieldResolver(() => [ProposedAssignment])
  async items(@Root() proposal: AssignmentProposal, @Ctx() { loaders }: RequestContext) {
    return Promise.all(
      proposal.pairs.map(async (pair) => ({
        nomination: await loaders.byId(Nomination).load(pair.nominationId),
        expert: await loaders.byId(Expert).load(pair.expertId),
        fit: pair.fit,
        isPrimaryField: pair.isPrimaryField,
      })),
    );
  }

  @FieldResolver(() => [AssignmentShortfall])
  async shortfalls(@Root() proposal: AssignmentProposal, @Ctx() { loaders }: RequestContext) {
    return Promise.all(
      proposal.shortfalls.map(async (shortfall) => ({
        ...shortfall,
        nomination: await loaders.byId(Nomination).load(shortfall.nominationId),
      })),
    );
  }

  @FieldResolver(() => [ExpertLoad], { description: 'every expert of the pool, the most loaded first' })
  async loads(@Root() proposal: AssignmentProposal, @Ctx() { em, loaders }: RequestContext) {
    // Once committed, the proposal's pairs are among the existing assignments.
    const proposed = new Map<string, number>();
    const pending = proposal.status === ProposalStatus.DRAFT ? proposal.pairs : [];
    for (const pair of pending) proposed.set(pair.expertId, (proposed.get(pair.expertId) ?? 0) + 1);
    const experts = await loadPoolExperts(em, proposal.cycle.id);
    const loads = await Promise.all(
      experts.map(async (expert) => ({
        expert: await loaders.byId(Expert).load(expert.id),
        existing: expert.existingLoad,
        proposed: proposed.get(expert.id) ?? 0,
        maxLoad: expert.maxLoad,
      })),
    );
    return loads.sort(
      (a, b) => (b.existing + b.proposed) / b.maxLoad - (a.existing + a.proposed) / a.maxLoad,
    );
  }
}
