import { useSubscription } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { ReviewProgressLiveSubscription } from '@award/schema/generated/graphql';
import { useState } from 'react';

const reviewProgressSubscription = graphql(`
  subscription ReviewProgressLive($cycleId: ID!) {
    reviewProgress(cycleId: $cycleId) {
      sequence
      at
      categories {
        category
        assigned
        drafted
        submitted
        notStarted
        overdue
      }
      experts {
        expertId
        name
        assigned
        drafted
        submitted
        notStarted
        overdue
      }
      ranking {
        nominationId
        code
        projectName
        category
        rank
        isTied
        sheetCount
        assignedCount
        isComplete
        officialScore
        severityAdjusted
        spread
        hasDisagreement
        recommendedGrade
      }
    }
  }
`);

export type ReviewProgressSnapshot = ReviewProgressLiveSubscription['reviewProgress'];
export type RankingRow = ReviewProgressSnapshot['ranking'][number];
export type ExpertProgressRow = ReviewProgressSnapshot['experts'][number];
export type CategoryProgressRow = ReviewProgressSnapshot['categories'][number];

/**
 * The cycle's review progress as the server last committed it. The server sends the current snapshot, then a
 * full one after each change, and again the current one after a reconnect; snapshots may overtake one another
 * on the way, so only one newer than what is shown replaces it (ReviewProgress.sequence only grows).
 */
export function useReviewProgress(cycleId: string) {
  const [snapshot, setSnapshot] = useState<ReviewProgressSnapshot>();
  const { error } = useSubscription(reviewProgressSubscription, {
    variables: { cycleId },
    onData: ({ data }) => {
      const next = data.data?.reviewProgress;
      if (next) setSnapshot((shown) => (shown && shown.sequence >= next.sequence ? shown : next));
    },
  });
  return { snapshot, error };
}
