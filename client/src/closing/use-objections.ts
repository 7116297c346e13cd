import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { AwardCategory, ObjectionRowFragment } from '@award/schema/generated/graphql';

graphql(`
  fragment ObjectionRow on Objection {
    id
    status
    isSubstantive
    classifiedAt
    subjects
    content
    evidence
    objectorName
    objectorOrganization
    objectorContact
    receivedAt
    resolution
    resolvedAt
    nomination {
      id
      code
      projectName
      category
    }
  }
`);

const objectionsQuery = graphql(`
  query Objections($cycleId: ID!) {
    objections(cycleId: $cycleId) {
      ...ObjectionRow
    }
  }
`);

export type ObjectionRow = ObjectionRowFragment;

/** The cycle's objections against a category's nominations, oldest first as the server lists them. */
export function useObjections(cycleId: string, category: AwardCategory) {
  const { data, loading, error } = useQuery(objectionsQuery, { variables: { cycleId } });
  const objections = (data?.objections ?? []).filter((o) => o.nomination.category === category);
  return { objections, loading, error };
}
