import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { NominationListQueryVariables } from '@award/schema/generated/graphql';
import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../app/LoadMore';
import { NominationTable } from './NominationTable';

const nominationListQuery = graphql(`
  query NominationList(
    $first: Int!
    $after: String
    $cycleId: ID
    $category: AwardCategory
    $status: NominationStatus
    $fieldId: ID
    $search: String
  ) {
    nominations(
      first: $first
      after: $after
      cycleId: $cycleId
      category: $category
      status: $status
      fieldId: $fieldId
      search: $search
    ) {
      totalCount
      edges {
        cursor
        node {
          id
          ...NominationRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type NominationListFilters = Omit<NominationListQueryVariables, 'first' | 'after'>;

interface NominationListProps {
  filters: NominationListFilters;
  /** Where a row's number leads, when the viewer has a page for a nomination. */
  linkOf?: (id: string) => string;
}

const pageSize = 20;

/** The nominations the viewer may see (the server decides which, and filters and searches), a page at a time. */
export function NominationList({ filters, linkOf }: NominationListProps) {
  const { t } = useTranslation('nominations');
  const { data, error, fetchMore, networkStatus } = useQuery(nominationListQuery, {
    variables: { first: pageSize, ...filters },
  });
  const connection = data?.nominations;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const isLoading = networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables;

  return (
    <Flex vertical gap="middle">
      {error && <Alert type="error" showIcon title={t('loadFailed')} description={error.message} />}
      <NominationTable rows={rows} isLoading={isLoading} linkOf={linkOf && ((row) => linkOf(row.id))} />
      {connection && <LoadMore connection={connection} networkStatus={networkStatus} fetchMore={fetchMore} />}
    </Flex>
  );
}
