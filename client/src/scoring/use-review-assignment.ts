import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { useEffect } from 'react';

// The API has no query for one assignment: an expert's own are few (its load is capped), so they are read a
// page at a time until this one is found. For an expert the server returns its own assignments only.
const reviewAssignmentsQuery = graphql(`
  query ReviewAssignments($first: Int!, $after: String) {
    assignments(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          stage
          status
          effectiveDeadline
          nomination {
            id
            code
            projectName
            category
            status
            cycle {
              id
            }
          }
          scoreSheet {
            ...ScoreSheetFields
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const pageSize = 100;

/** One of the expert's assignments, with its nomination (null until the declaration is accepted) and sheet. */
export function useReviewAssignment(assignmentId: string) {
  const { data, error, loading, fetchMore, refetch } = useQuery(reviewAssignmentsQuery, {
    variables: { first: pageSize },
    // The sheet's version must be the server's latest, or the first save is refused as a conflict.
    fetchPolicy: 'network-only',
  });
  const connection = data?.assignments;
  const assignment = connection?.edges.find((edge) => edge.node.id === assignmentId)?.node;
  const isMoreToRead = !assignment && connection?.pageInfo.hasNextPage === true;
  const endCursor = connection?.pageInfo.endCursor;
  useEffect(() => {
    if (isMoreToRead && !loading) void fetchMore({ variables: { after: endCursor } });
  }, [isMoreToRead, loading, endCursor, fetchMore]);
  return {
    assignment,
    error,
    isLoading: loading || isMoreToRead,
    /** Reads the assignment again from the server (after a conflict): its latest sheet and version. */
    reload: async () => {
      const result = await refetch();
      return result.data?.assignments.edges.find((edge) => edge.node.id === assignmentId)?.node;
    },
  };
}
