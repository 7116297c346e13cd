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
      status
      votesCast
      votesFor
      votesAgainst
      votesAbstain
      isPassed
    }
  }
`);

export type BallotRow = BallotRowFragment;

/**
 * The cycle's ballots, by nomination code and grade, kept current by the changes the server commits. A change
 * of a ballot on the page is written into it (votes cast, then the counts and result once closed): changes
 * arrive in the order they were committed, where reading the list again after each could let an older
 * answer land last. A ballot the page does not have yet (opened, or the next grade after a failed one) has
 * the list read again. `isLive` is false for the secretariat, whom the server does not let follow the votes.
 */
export function useCycleBallots(cycleId: string, isLive = true) {
  const { data, error, loading, refetch } = useQuery(cycleBallotsQuery, { variables: { cycleId } });
  const ballots = data?.ballots ?? [];
  const live = useSubscription(ballotsLiveSubscription, {
    variables: { cycleId },
    skip: !isLive,
    onData: ({ client, data: changed }) => {
      const change = changed.data?.ballotChanged;
      if (!change) return;
      const id = client.cache.identify({ __typename: 'ReReviewBallot', id: change.ballotId });
      const isShown = ballots.some((ballot) => ballot.id === change.ballotId);
      if (!isShown || !id) {
        void refetch();
        return;
      }
      const { status, votesCast, votesFor, votesAgainst, votesAbstain, isPassed } = change;
      client.cache.modify<BallotRow>({
        id,
        fields: {
          status: () => status,
          votesCast: () => votesCast,
          votesFor: () => votesFor ?? null,
          votesAgainst: () => votesAgainst ?? null,
          votesAbstain: () => votesAbstain ?? null,
          isPassed: () => isPassed ?? null,
        },
      });
    },
  });
  return { ballots, error, loading, liveError: live.error };
}
