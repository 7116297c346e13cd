import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { AwardCategory, BallotCandidatesQuery } from '@award/schema/generated/graphql';

const ballotCandidatesQuery = graphql(`
  query BallotCandidates($cycleId: ID!, $category: AwardCategory!) {
    nominations(cycleId: $cycleId, category: $category, status: RE_REVIEW, first: 100) {
      edges {
        node {
          id
          code
          projectName
          reReviewBallots {
            id
          }
          results {
            id
            stage
            rank
            officialScore
            recommendedGrade
          }
        }
      }
    }
  }
`);

type CandidateNode = BallotCandidatesQuery['nominations']['edges'][number]['node'];

export interface BallotCandidate extends CandidateNode {
  /** The preliminary review's aggregate, which ranks the nominations re-review starts from. */
  preliminary?: CandidateNode['results'][number];
  isBalloted: boolean;
}

/** A category's nominations at re-review, by preliminary rank, with the grade the ranking recommends. */
export function useBallotCandidates(cycleId: string, category: AwardCategory) {
  const { data, loading, error } = useQuery(ballotCandidatesQuery, { variables: { cycleId, category } });
  const candidates: BallotCandidate[] = (data?.nominations.edges ?? [])
    .map(({ node }) => ({
      ...node,
      preliminary: node.results.find((result) => result.stage === 'PRELIMINARY'),
      isBalloted: node.reReviewBallots.length > 0,
    }))
    .sort((a, b) => (a.preliminary?.rank ?? Infinity) - (b.preliminary?.rank ?? Infinity));
  return { candidates, loading, error };
}
