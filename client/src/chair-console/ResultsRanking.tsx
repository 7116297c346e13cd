import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { AwardCategory, ResultsRankingQuery } from '@award/schema/generated/graphql';
import { Alert, Flex, Space, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../app/ListTable';
import { LoadMore } from '../app/LoadMore';
import { NominationStatusTag } from '../nominations/NominationStatusTag';

const resultsRankingQuery = graphql(`
  query ResultsRanking($cycleId: ID!, $category: AwardCategory!, $first: Int!, $after: String) {
    results(cycleId: $cycleId, category: $category, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          rank
          isTied
          officialScore
          plainMean
          median
          severityAdjusted
          sheetCount
          hasDisagreement
          recommendedGrade
          finalGrade
          nomination {
            id
            code
            projectName
            status
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

type ResultRow = ResultsRankingQuery['results']['edges'][number]['node'];

// Enough for a whole category of a city award in one page; more come with "load more".
const pageSize = 50;

function score(value: number | null | undefined): string {
  return value == null ? '—' : value.toFixed(2);
}

/** A category's ranking after preliminary review, with the scores side by side (award-rules.md, Aggregation). */
export function ResultsRanking({ cycleId, category }: { cycleId: string; category: AwardCategory }) {
  const { t } = useTranslation(['chairConsole', 'nominations']);
  const { data, error, fetchMore, networkStatus } = useQuery(resultsRankingQuery, {
    variables: { cycleId, category, first: pageSize },
  });
  const connection = data?.results;
  const grade = (value: ResultRow['finalGrade']) => (value ? t(`nominations:grade.${value}`) : '—');
  const columns: TableColumnsType<ResultRow> = [
    {
      key: 'rank',
      title: t('column.rank'),
      render: (_, row) => (
        <Space size="small">
          {row.rank ?? '—'}
          {row.isTied && <Tag>{t('tied')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'code',
      title: t('column.code'),
      render: (_, row) => row.nomination.code,
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
    },
    { key: 'projectName', title: t('column.projectName'), render: (_, row) => row.nomination.projectName },
    {
      key: 'status',
      title: t('column.status'),
      render: (_, row) => <NominationStatusTag status={row.nomination.status} />,
    },
    { key: 'officialScore', title: t('column.officialScore'), render: (_, row) => score(row.officialScore) },
    { key: 'plainMean', title: t('column.plainMean'), render: (_, row) => score(row.plainMean) },
    { key: 'median', title: t('column.median'), render: (_, row) => score(row.median) },
    { key: 'severity', title: t('column.severityAdjusted'), render: (_, row) => score(row.severityAdjusted) },
    { key: 'sheets', title: t('column.sheetCount'), dataIndex: 'sheetCount' },
    {
      key: 'disagreement',
      title: t('column.disagreement'),
      render: (_, row) => (row.hasDisagreement ? <Tag color="warning">{t('disagreement')}</Tag> : null),
    },
    {
      key: 'recommended',
      title: t('column.recommendedGrade'),
      render: (_, row) => grade(row.recommendedGrade),
    },
    { key: 'final', title: t('column.finalGrade'), render: (_, row) => grade(row.finalGrade) },
  ];
  return (
    <Flex vertical gap="middle">
      {error && <Alert type="error" showIcon title={t('rankingFailed')} description={error.message} />}
      <ListTable<ResultRow>
        rows={connection?.edges.map((edge) => edge.node) ?? []}
        isLoading={networkStatus === NetworkStatus.loading}
        minWidth={1100}
        columns={columns}
      />
      {connection && <LoadMore connection={connection} networkStatus={networkStatus} fetchMore={fetchMore} />}
    </Flex>
  );
}
