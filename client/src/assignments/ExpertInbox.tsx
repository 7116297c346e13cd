import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../app/LoadMore';
import { CyclePage } from '../cycles/CyclePage';
import { AssignmentTable } from './AssignmentTable';
import { DeclarationPanel } from './DeclarationPanel';

// For an expert the server returns its own assignments only.
const expertInboxQuery = graphql(`
  query ExpertInbox($first: Int!, $after: String) {
    assignments(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...AssignmentRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const expertDeclarationQuery = graphql(`
  query ExpertDeclaration($cycleId: ID!) {
    expertDeclaration(cycleId: $cycleId) {
      version
      acceptedAt
      textZh
      textEn
    }
  }
`);

const pageSize = 20;

function Assignments() {
  const { t } = useTranslation('assignments');
  const { data, error, fetchMore, networkStatus } = useQuery(expertInboxQuery, {
    variables: { first: pageSize },
  });
  const connection = data?.assignments;
  return (
    <>
      {error && <Alert type="error" showIcon title={t('loadFailed')} description={error.message} />}
      <AssignmentTable
        rows={connection?.edges.map((edge) => edge.node) ?? []}
        isLoading={networkStatus === NetworkStatus.loading}
      />
      {connection && <LoadMore connection={connection} networkStatus={networkStatus} fetchMore={fetchMore} />}
    </>
  );
}

/**
 * The declaration first, while it is not accepted: no material before it (award-rules.md, Conflicts of
 * interest). Then the expert's assignments.
 */
function DeclarationFirst({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('assignments');
  const { data, loading, error } = useQuery(expertDeclarationQuery, { variables: { cycleId } });
  if (loading) return <Spin />;
  if (error) return <Alert type="error" showIcon title={t('loadFailed')} description={error.message} />;
  const declaration = data?.expertDeclaration;
  if (declaration && !declaration.acceptedAt)
    return <DeclarationPanel cycleId={cycleId} declaration={declaration} />;
  return <Assignments />;
}

/** An expert's home: the nominations it was asked to review, its answers, and where each score sheet stands. */
export function ExpertInbox() {
  const { t } = useTranslation('assignments');
  return <CyclePage title={t('title')}>{(cycle) => <DeclarationFirst cycleId={cycle.id} />}</CyclePage>;
}
