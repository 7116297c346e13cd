import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { AuditEntityType } from '@award/schema/generated/graphql';
import { Alert, Flex, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../app/LoadMore';
import { PageHeading } from '../app/PageHeading';
import { AuditChainStatus } from './AuditChainStatus';
import { AuditEventTable } from './AuditEventTable';

const auditLogQuery = graphql(`
  query AuditLog($first: Int!, $after: String, $entityType: AuditEntityType) {
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
  const [entityType, setEntityType] = useState<AuditEntityType>();
  const [showsRaw, setShowsRaw] = useState(false);
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
      <Flex gap="middle" align="center" wrap>
        <Select<AuditEntityType>
          allowClear
          style={{ width: 240, maxWidth: '100%' }}
          aria-label={t('filter.entityType')}
          placeholder={t('filter.entityType')}
          value={entityType}
          onChange={setEntityType}
          options={Object.values(AuditEntityType).map((type) => ({
            value: type,
            label: t(`entityType.${type}`),
          }))}
        />
        <Flex gap="small" align="center">
          <Switch id="audit-show-raw" checked={showsRaw} onChange={setShowsRaw} />
          <label htmlFor="audit-show-raw">{t('showRaw')}</label>
        </Flex>
      </Flex>
      {error && <Alert type="error" showIcon title={t('loadFailed')} description={error.message} />}
      <AuditEventTable rows={rows} isLoading={networkStatus === NetworkStatus.loading} showsRaw={showsRaw} />
      {connection && <LoadMore connection={connection} networkStatus={networkStatus} fetchMore={fetchMore} />}
    </Flex>
  );
}
