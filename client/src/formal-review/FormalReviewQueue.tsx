import { NetworkStatus } from '@apollo/client';
import { useQuery, useSubscription } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { type FormalReviewQueueQuery, NominationStatus } from '@award/schema/generated/graphql';
import { Alert, Flex, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListTable } from '../app/ListTable';
import { LoadMore } from '../app/LoadMore';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { CyclePage } from '../cycles/CyclePage';
import { decisionPath } from './paths';
import { SubmissionNumber } from './SubmissionNumber';

const formalReviewQueueQuery = graphql(`
  query FormalReviewQueue($cycleId: ID!, $first: Int!, $after: String) {
    nominations(cycleId: $cycleId, status: SUBMITTED, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          code
          projectName
          category
          status
          submittedAt
          nominator {
            id
            name
          }
          submissions {
            id
            number
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// Every change of state in the cycle, as committed; the queue is fetched again when one enters or leaves it.
const queueChangesSubscription = graphql(`
  subscription FormalReviewQueueChanges($cycleId: ID!) {
    nominationStatusChanged(cycleId: $cycleId) {
      nominationId
      fromStatus
      toStatus
    }
  }
`);

type QueueRow = FormalReviewQueueQuery['nominations']['edges'][number]['node'];

// The API pages by code; a page of a hundred holds a whole year's queue, so the order by time is the queue's.
const pageSize = 100;

/** First come, first served: the earliest submission first (the code breaks ties and orders the unknown). */
function bySubmission(a: QueueRow, b: QueueRow): number {
  const at = (row: QueueRow) => (row.submittedAt ? Date.parse(row.submittedAt) : Number.POSITIVE_INFINITY);
  return at(a) - at(b) || a.code.localeCompare(b.code);
}

function QueueTable({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation(['formalReview', 'nominations']);
  const language = useLanguage();
  const { data, error, fetchMore, networkStatus, refetch } = useQuery(formalReviewQueueQuery, {
    variables: { cycleId, first: pageSize },
    // Someone else may have decided on a row since: the queue is asked again each time it is shown.
    fetchPolicy: 'cache-and-network',
  });
  // While it is shown, a resubmission appears and another reviewer's decision disappears without a reload.
  useSubscription(queueChangesSubscription, {
    variables: { cycleId },
    onData: ({ data: change }) => {
      const { fromStatus, toStatus } = change.data?.nominationStatusChanged ?? {};
      if (fromStatus === NominationStatus.Submitted || toStatus === NominationStatus.Submitted)
        void refetch();
    },
  });
  const connection = data?.nominations;
  // A decision taken here updates the row's status in the cache before the list is fetched again.
  const rows = (connection?.edges.map((edge) => edge.node) ?? [])
    .filter((row) => row.status === NominationStatus.Submitted)
    .sort(bySubmission);
  const columns: TableColumnsType<QueueRow> = [
    {
      key: 'code',
      title: t('nominations:column.code'),
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (_, row) => <Link to={decisionPath(row.id)}>{row.code}</Link>,
    },
    { key: 'projectName', title: t('nominations:column.projectName'), dataIndex: 'projectName' },
    {
      key: 'category',
      title: t('nominations:column.category'),
      render: (_, row) => t(`nominations:category.${row.category}`),
    },
    { key: 'nominator', title: t('nominations:column.nominator'), render: (_, row) => row.nominator.name },
    {
      key: 'submittedAt',
      title: t('queue.submittedAt'),
      render: (_, row) => row.submittedAt && formatInstant(row.submittedAt, language),
    },
    {
      key: 'submission',
      title: t('queue.submission'),
      render: (_, row) => <SubmissionNumber number={row.submissions.at(-1)?.number ?? 1} />,
    },
    {
      key: 'open',
      title: '',
      render: (_, row) => <Link to={decisionPath(row.id)}>{t('queue.open')}</Link>,
    },
  ];
  return (
    <Flex vertical gap="middle">
      {error && <Alert type="error" showIcon title={t('queue.loadFailed')} description={error.message} />}
      <ListTable<QueueRow>
        rows={rows}
        isLoading={networkStatus === NetworkStatus.loading}
        minWidth={1000}
        columns={columns}
        locale={{ emptyText: t('queue.empty') }}
      />
      {connection && <LoadMore connection={connection} networkStatus={networkStatus} fetchMore={fetchMore} />}
    </Flex>
  );
}

/** The secretariat's formal review queue (形式审查): the cycle's submitted nominations, oldest first. */
export function FormalReviewQueue() {
  const { t } = useTranslation('formalReview');
  return <CyclePage title={t('queue.title')}>{(cycle) => <QueueTable cycleId={cycle.id} />}</CyclePage>;
}
