import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../app/LoadMore';
import { PageHeading } from '../app/PageHeading';
import { AuditChainStatus } from './AuditChainStatus';
import { AuditEventTable } from './AuditEventTable';
import { auditEntityTypes } from './audit.messages';

const auditLogQuery = graphql(`
  query AuditLog($first: Int!, $after: String, $entityType: String) {
    auditEvents(first: $first, after: $after, entityType: $entityType) {
      totalCount
      edges {
        cursor
        node {
          id
          ...AuditEventRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const pageSize = 50;

/** The audit trail, newest first: sign-ins, changes of state, every look at a score sheet. */
export function AuditLogPage() {
  const { t } = useTranslation('audit');
  const [entityType, setEntityType] = useState<string>();
  const { data, error, fetchMore, networkStatus } = useQuery(auditLogQuery, {
    variables: { first: pageSize, entityType },
    // The trail grows with every request anyone makes: a visit shows it as it is now.
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.auditEvents;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  return (
    <Flex vertical gap="middle">
      <PageHeading title={t('title')} extra={<AuditChainStatus />} />
      <Select<string>
        allowClear
        style={{ maxWidth: 240 }}
        placeholder={t('filter.entityType')}
        aria-label={t('filter.entityType')}
        value={entityType}
        onChange={setEntityType}
        options={auditEntityTypes.map((type) => ({ value: type, label: t(`entityType.${type}`) }))}
      />
      {error && <Alert type="error" showIcon title={t('loadFailed')} description={error.message} />}
      <AuditEventTable rows={rows} isLoading={networkStatus === NetworkStatus.loading} />
      {connection && <LoadMore connection={connection} networkStatus={networkStatus} fetchMore={fetchMore} />}
    </Flex>
  );
}
