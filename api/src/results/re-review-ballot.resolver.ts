import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { Role } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { assertId, findById } from '../db/find-by-id.js';
import { commitThenPublish } from '../live/commit-then-publish.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { BallotChange } from './ballot-change.type.js';
import { BallotParticipation } from './ballot-participation.entity.js';
import { castVote } from './ballot-voting.service.js';
import { ReReviewBallot } from './re-review-ballot.entity.js';
import { closeBallot, countVotesCast, openBallots } from './re-review-ballot.service.js';
import { BallotsArgs, OpenBallotsArgs } from './re-review-ballot.types.js';
import { VoteChoice } from './re-review-vote.entity.js';

/** Who follows re-review ballots: the committee, the chair among them, and the secretariat. */
const BALLOT_READERS = [Role.CHAIR, Role.COMMITTEE_MEMBER, Role.SECRETARIAT];

@Resolver(() => ReReviewBallot)
export class ReReviewBallotResolver {
  @Authorized(...BALLOT_READERS)
  @Query(() => [ReReviewBallot], { description: "a cycle's re-review ballots, by nomination code and grade" })
  ballots(@Args(() => BallotsArgs) { cycleId, status }: BallotsArgs, @Ctx() { em }: RequestContext) {
    assertId('cycleId', cycleId);
    return em.find(
      ReReviewBallot,
      { nomination: { cycle: cycleId }, ...(status ? { status } : {}) },
      { orderBy: { nomination: { code: 'asc' }, grade: 'asc' } },
    );
  }

  @Authorized(Role.CHAIR)
  @Mutation(() => [ReReviewBallot], {
    description: 'opens a ballot at one grade for each nomination, with the attendance',
  })
  openBallots(
    @Args(() => OpenBallotsArgs) args: OpenBallotsArgs,
    @Ctx() { em, events, viewer }: RequestContext,
  ) {
    return commitThenPublish(em, events, (tx, publish) =>
      openBallots(tx, publish, (viewer as Viewer).userId, args),
    );
  }

  @Authorized(Role.COMMITTEE_MEMBER)
  @Mutation(() => ReReviewBallot, {
    description: 'a secret vote: once per member and ballot, never linked to its voter',
  })
  async castVote(
    @Arg('ballotId', () => ID) ballotId: string,
    @Arg('choice', () => VoteChoice) choice: VoteChoice,
    @Ctx() { em, events, viewer }: RequestContext,
  ): Promise<ReReviewBallot> {
    await castVote(em, events, viewer as Viewer, ballotId, choice);
    return findById(em, ReReviewBallot, ballotId, 'ballotId');
  }

  @Authorized(Role.CHAIR)
  @Mutation(() => ReReviewBallot, {
    description: 'counts the votes in; a failed grade opens the next one down',
  })
  closeBallot(@Arg('ballotId', () => ID) ballotId: string, @Ctx() { em, events, viewer }: RequestContext) {
    return commitThenPublish(em, events, (tx, publish) =>
      closeBallot(tx, publish, (viewer as Viewer).userId, ballotId),
    );
  }

  @FieldResolver(() => Nomination)
  nomination(@Root() ballot: ReReviewBallot, @Ctx() { loaders }: RequestContext) {
    return loaders.byId(Nomination).load(ballot.nomination.id);
  }

  @FieldResolver(() => Int, { description: 'votes cast so far (how, only once closed)' })
  votesCast(@Root() ballot: ReReviewBallot, @Ctx() { em, loaders }: RequestContext) {
    return loaders.batch<number>('ReReviewVote#count', (ids) => countVotesCast(em, ids)).load(ballot.id);
  }

  @FieldResolver(() => Boolean, {
    description: 'whether the viewer has voted on it; nobody sees who else has',
  })
  hasVoted(@Root() ballot: ReReviewBallot, @Ctx() { em, loaders, viewer }: RequestContext) {
    if (!viewer) return false;
    return loaders
      .batch<boolean>('BallotParticipation#viewer', async (ids) => {
        const rows = await em.find(BallotParticipation, { ballot: { $in: [...ids] }, member: viewer.userId });
        const voted = new Set(rows.map((row) => row.ballot.id));
        return ids.map((id) => voted.has(id));
      })
      .load(ballot.id);
  }

  @Authorized(Role.CHAIR, Role.COMMITTEE_MEMBER)
  @Subscription(() => BallotChange, {
    topics: 'BALLOT_CHANGED',
    topicId: ({ args }) => args.cycleId,
    description:
      'each ballot of the cycle opened, voted on (the number of votes only) and closed, once committed',
  })
  ballotChanged(@Root() change: BallotChange, @Arg('cycleId', () => ID) _cycleId: string): BallotChange {
    return change;
  }
}

@Resolver(() => Nomination)
export class NominationReReviewResolver {
  @Authorized(...BALLOT_READERS)
  @FieldResolver(() => [ReReviewBallot], { description: 'its re-review ballots, highest grade first' })
  reReviewBallots(@Root() nomination: Nomination, @Ctx() { loaders }: RequestContext) {
    return loaders.childrenOf(ReReviewBallot, 'nomination', { grade: 'asc' }).load(nomination.id);
  }
}
