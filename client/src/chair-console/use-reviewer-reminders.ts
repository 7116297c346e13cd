import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { useEffect, useRef } from 'react';

const chairOverdueAssignmentsQuery = graphql(`
  query ChairOverdueAssignments($cycleId: ID!) {
    overdueAssignments(cycleId: $cycleId) {
      id
      expert {
        id
      }
    }
  }
`);

const remindReviewersMutation = graphql(`
  mutation RemindReviewers($assignmentIds: [ID!]!) {
    remindReviewers(assignmentIds: $assignmentIds)
  }
`);

/** Reminds the experts of these reviews; resolves to how many reviews the server reminded of. */
export function useRemindReviewers() {
  const [send, { loading: isSending }] = useMutation(remindReviewersMutation);
  const remind = async (assignmentIds: string[]) =>
    (await send({ variables: { assignmentIds } })).data?.remindReviewers ?? 0;
  return { remind, isSending };
}

/**
 * The overdue reviews behind the snapshot's counts, to remind their experts of. The snapshot counts them
 * (`overdueCount`); when that count changes the list is fetched again, so a reminder names today's reviews.
 */
export function useReviewerReminders(cycleId: string, overdueCount: number) {
  const { data, refetch } = useQuery(chairOverdueAssignmentsQuery, {
    variables: { cycleId },
    fetchPolicy: 'cache-and-network',
  });
  const shownCount = useRef(overdueCount);
  useEffect(() => {
    if (shownCount.current === overdueCount) return;
    shownCount.current = overdueCount;
    void refetch();
  }, [overdueCount, refetch]);
  const { remind, isSending } = useRemindReviewers();
  const overdue = data?.overdueAssignments ?? [];
  /** The overdue reviews of one expert, or of all when none is named. */
  const overdueOf = (expertId?: string) =>
    overdue.filter((assignment) => !expertId || assignment.expert.id === expertId).map(({ id }) => id);
  return { overdueOf, remind, isSending };
}
