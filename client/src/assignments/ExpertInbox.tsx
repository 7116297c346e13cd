import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../app/LoadMore';
import { PageHeading } from '../app/PageHeading';
import { AssignmentTable } from './AssignmentTable';

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

const pageSize = 20;

/** An expert's home: the nominations it was asked to review, and where each score sheet stands. */
export function ExpertInbox() {
  const { t } = useTranslation('assignments');
  const { data, error, fetchMore, networkStatus } = useQuery(expertInboxQuery, {
    variables: { first: pageSize },
  });
  const connection = data?.assignments;
  return (
    <Flex vertical gap="middle">
      <PageHeading title={t('title')} intro={t('intro')} />
      {error && <Alert type="error" showIcon title={t('loadFailed')} description={error.message} />}
      <AssignmentTable
        rows={connection?.edges.map((edge) => edge.node) ?? []}
        isLoading={networkStatus === NetworkStatus.loading}
      />
      {connection && <LoadMore connection={connection} networkStatus={networkStatus} fetchMore={fetchMore} />}
    </Flex>
  );
}
