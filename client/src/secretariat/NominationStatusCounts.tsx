import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { statusesInLifecycleOrder } from '../nominations/nomination-status';

// One request for the whole desk. Each alias is named after its status, so the page reads `data[status]`.
const nominationStatusCountsQuery = graphql(`
  query NominationStatusCounts($cycleId: ID!) {
    all: nominations(cycleId: $cycleId, first: 1) { totalCount }
    DRAFT: nominations(cycleId: $cycleId, status: DRAFT, first: 1) { totalCount }
    SUBMITTED: nominations(cycleId: $cycleId, status: SUBMITTED, first: 1) { totalCount }
    RETURNED: nominations(cycleId: $cycleId, status: RETURNED, first: 1) { totalCount }
    ACCEPTED: nominations(cycleId: $cycleId, status: ACCEPTED, first: 1) { totalCount }
    PRELIMINARY_REVIEW: nominations(cycleId: $cycleId, status: PRELIMINARY_REVIEW, first: 1) { totalCount }
    RE_REVIEW: nominations(cycleId: $cycleId, status: RE_REVIEW, first: 1) { totalCount }
    PUBLICITY: nominations(cycleId: $cycleId, status: PUBLICITY, first: 1) { totalCount }
    APPROVED: nominations(cycleId: $cycleId, status: APPROVED, first: 1) { totalCount }
    NOT_AWARDED: nominations(cycleId: $cycleId, status: NOT_AWARDED, first: 1) { totalCount }
    WITHDRAWN: nominations(cycleId: $cycleId, status: WITHDRAWN, first: 1) { totalCount }
    REVOKED: nominations(cycleId: $cycleId, status: REVOKED, first: 1) { totalCount }
  }
`);

/** How many of the cycle's nominations are in each state, each a link to the list of them. */
export function NominationStatusCounts({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation(['secretariat', 'nominations']);
  const { data, error, loading } = useQuery(nominationStatusCountsQuery, {
    variables: { cycleId },
    // Counts, not rows: kept out of the cache, where they would pass for an empty page of the list.
    fetchPolicy: 'no-cache',
  });
  if (error) return <Alert type="error" showIcon title={t('countsFailed')} description={error.message} />;
  const tiles = [
    { key: 'all', title: t('allNominations'), count: data?.all.totalCount, to: '/nominations' },
    ...statusesInLifecycleOrder.map((status) => ({
      key: status,
      title: t(`nominations:status.${status}`),
      count: data?.[status].totalCount,
      to: `/nominations?status=${status}`,
    })),
  ];
  return (
    <Row gutter={[16, 16]}>
      {tiles.map((tile) => (
        <Col key={tile.key} xs={12} md={8} xl={6}>
          <Link to={tile.to} aria-label={tile.title}>
            <Card hoverable size="small" data-status={tile.key}>
              <Statistic title={tile.title} value={tile.count} loading={loading} />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
