import { Button, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { asGrade, formatScore } from './figures';
import { SeverityHelp } from './SeverityHelp';
import type { RankingRow } from './use-review-progress';

interface RankingTableProps {
  rows: readonly RankingRow[];
  onOpen: (row: RankingRow) => void;
}

/**
 * A category's ranking as the last snapshot has it (an incomplete nomination marked provisional, without
 * a grade, as the API computes it): each row keyed by its nomination, so a new sheet changes
 * the row's figures (and its place) where it stands, without the table being rebuilt.
 */
export function RankingTable({ rows, onOpen }: RankingTableProps) {
  const { t } = useTranslation(['chairConsole', 'nominations']);
  const grade = (value: string | null | undefined) => {
    const known = asGrade(value);
    return known ? t(`nominations:grade.${known}`) : '—';
  };
  const columns: TableColumnsType<RankingRow> = [
    {
      key: 'rank',
      title: t('ranking.column.rank'),
      render: (_, row) => (
        <Space size="small">
          {row.rank ?? '—'}
          {row.isTied && <Tag>{t('ranking.tied')}</Tag>}
          {!row.isComplete && <Tag>{t('ranking.provisional')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'code',
      title: t('ranking.column.code'),
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (_, row) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          aria-label={t('ranking.openDrillDown', { code: row.code })}
          onClick={() => onOpen(row)}
        >
          {row.code}
        </Button>
      ),
    },
    { key: 'projectName', title: t('ranking.column.projectName'), dataIndex: 'projectName' },
    {
      key: 'sheets',
      title: t('ranking.column.sheetCount'),
      align: 'right',
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (_, row) => t('ranking.sheetsOf', { sheets: row.sheetCount, assigned: row.assignedCount }),
    },
    {
      key: 'officialScore',
      title: t('ranking.column.officialScore'),
      align: 'right',
      render: (_, row) => formatScore(row.officialScore),
    },
    {
      key: 'severityAdjusted',
      title: (
        <Space size={0}>
          {t('ranking.column.severityAdjusted')}
          <SeverityHelp />
        </Space>
      ),
      align: 'right',
      render: (_, row) => formatScore(row.severityAdjusted),
    },
    {
      key: 'spread',
      title: t('ranking.column.spread'),
      align: 'right',
      render: (_, row) => formatScore(row.spread),
    },
    {
      key: 'disagreement',
      title: t('ranking.column.disagreement'),
      render: (_, row) =>
        row.hasDisagreement ? <Tag color="warning">{t('ranking.disagreement')}</Tag> : null,
    },
    {
      key: 'recommendedGrade',
      title: t('ranking.column.recommendedGrade'),
      render: (_, row) =>
        row.isComplete ? (
          grade(row.recommendedGrade)
        ) : (
          <Typography.Text type="secondary">{t('ranking.awaitingSheets')}</Typography.Text>
        ),
    },
  ];
  return (
    <Table<RankingRow>
      rowKey="nominationId"
      dataSource={rows}
      columns={columns}
      pagination={false}
      tableLayout="auto"
      scroll={{ x: 1000 }}
      locale={{ emptyText: t('ranking.empty') }}
    />
  );
}
