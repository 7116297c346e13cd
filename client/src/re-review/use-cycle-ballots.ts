import { useQuery, useSubscription } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { BallotRowFragment } from '@award/schema/generated/graphql';

graphql(`
  fragment BallotRow on ReReviewBallot {
    id
    grade
    status
    membersTotal
    membersPresent
    votesCast
    votesFor
    votesAgainst
    votesAbstain
    isPassed
    hasVoted
    openedAt
    closedAt
    nomination {
      id
      code
      projectName
      category
    }
  }
`);

const cycleBallotsQuery = graphql(`
  query CycleBallots($cycleId: ID!) {
    ballots(cycleId: $cycleId) {
      ...BallotRow
    }
  }
`);

const ballotsLiveSubscription = graphql(`
  subscription BallotsLive($cycleId: ID!) {
    ballotChanged(cycleId: $cycleId) {
      ballotId
      kind
      votesCast
    }
  }
`);

export type BallotRow = BallotRowFragment;

/**
 * The cycle's ballots, by nomination code and grade, kept current: each change the server commits (a ballot
 * opened, a vote counted, a ballot closed and the next grade opened) has the list read again, so the counts,
 * the viewer's own "voted" and the cascade always come from the server in one consistent answer. `isLive`
 * is false for the secretariat, whom the server does not let follow the votes as they happen.
 */
export function useCycleBallots(cycleId: string, isLive = true) {
  const { data, error, loading, refetch } = useQuery(cycleBallotsQuery, { variables: { cycleId } });
  const live = useSubscription(ballotsLiveSubscription, {
    variables: { cycleId },
    skip: !isLive,
    onData: () => void refetch(),
  });
  return { ballots: data?.ballots ?? [], error, loading, liveError: live.error };
}
