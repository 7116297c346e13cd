import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { AwardCategory, NominationStatus } from '@award/schema/generated/graphql';

const nominationsInQuery = graphql(`
  query NominationsIn($cycleId: ID!, $category: AwardCategory!, $status: NominationStatus!) {
    nominations(cycleId: $cycleId, category: $category, status: $status, first: 100) {
      edges {
        node {
          id
          code
          projectName
        }
      }
    }
  }
`);

/**
 * A category's nominations in one state, by code. The published lists name nominations by code only, so the
 * steps that act on one (an objection, a revocation) find its id here.
 */
export function useNominationsIn(cycleId: string, category: AwardCategory, status: NominationStatus) {
  const { data } = useQuery(nominationsInQuery, {
    variables: { cycleId, category, status },
    fetchPolicy: 'cache-and-network',
  });
  return data?.nominations.edges.map((edge) => edge.node) ?? [];
}
