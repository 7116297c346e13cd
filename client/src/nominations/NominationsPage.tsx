import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NominationFilters, type NominationFilterValues } from './NominationFilters';
import { NominationTable } from './NominationTable';

const nominationListQuery = graphql(`
  query NominationList($first: Int!, $after: String, $category: AwardCategory, $status: NominationStatus) {
    nominations(first: $first, after: $after, category: $category, status: $status) {
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

const pageSize = 20;

export function NominationsPage() {
  const { t } = useTranslation('nominations');
  const [filters, setFilters] = useState<NominationFilterValues>({});
  const { data, error, fetchMore, networkStatus } = useQuery(nominationListQuery, {
    variables: { first: pageSize, ...filters },
  });
  const connection = data?.nominations;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  const isLoading = networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables;

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <NominationFilters value={filters} onChange={setFilters} />
      {error && <Alert type="error" showIcon title={t('loadFailed')} description={error.message} />}
      <NominationTable rows={rows} isLoading={isLoading} />
      {connection && (
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary">
            {t('shownOfTotal', { shown: rows.length, total: connection.totalCount })}
          </Typography.Text>
          {connection.pageInfo.hasNextPage && (
            <Button
              loading={isLoadingMore}
              onClick={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
            >
              {t('loadMore')}
            </Button>
          )}
        </Flex>
      )}
    </Flex>
  );
}
