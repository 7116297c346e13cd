import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { AssignmentProposalsQuery } from '@award/schema/generated/graphql';
import { Alert, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListTable } from '../app/ListTable';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { proposalPath } from './paths';

const proposalsQuery = graphql(`
  query AssignmentProposals($cycleId: ID!) {
    assignmentProposals(cycleId: $cycleId) {
      id
      category
      seed
      status
      createdAt
      totalFit
      upperBound
    }
  }
`);

type Run = AssignmentProposalsQuery['assignmentProposals'][number];

const statusColors = { DRAFT: 'processing', COMMITTED: 'success', DISCARDED: 'default' } as const;

/** The cycle's solver runs, newest first: a draft to take up again, or what was committed and when. */
export function ProposalList({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation(['assignmentBoard', 'nominations']);
  const language = useLanguage();
  const { data, loading, error } = useQuery(proposalsQuery, {
    variables: { cycleId },
    fetchPolicy: 'cache-and-network',
  });
  const columns: TableColumnsType<Run> = [
    {
      key: 'createdAt',
      title: t('runs.createdAt'),
      render: (_, run) => formatInstant(run.createdAt, language),
    },
    {
      key: 'category',
      title: t('runs.category'),
      render: (_, run) => t(`nominations:category.${run.category}`),
    },
    { key: 'seed', title: t('runs.seed'), dataIndex: 'seed' },
    { key: 'fit', title: t('runs.fit'), render: (_, run) => `${run.totalFit} / ${run.upperBound}` },
    {
      key: 'status',
      title: t('runs.status'),
      render: (_, run) => <Tag color={statusColors[run.status]}>{t(`proposalStatus.${run.status}`)}</Tag>,
    },
    { key: 'open', title: '', render: (_, run) => <Link to={proposalPath(run.id)}>{t('runs.open')}</Link> },
  ];
  return (
    <>
      {error && <Alert type="error" showIcon title={error.message} />}
      <ListTable<Run>
        rows={data?.assignmentProposals ?? []}
        isLoading={loading && !data}
        minWidth={700}
        columns={columns}
        locale={{ emptyText: t('runs.empty') }}
        aria-label={t('runs.title')}
      />
    </>
  );
}
