import { Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { localizedName, useLanguage } from '../app/language';
import { formatScore } from './figures';
import type { CriterionMeanRow } from './use-nomination-drill-down';

/** Each criterion across the counted sheets: its mean, its spread, and whether the experts disagree on it. */
export function CriterionMeansTable({ means }: { means: readonly CriterionMeanRow[] }) {
  const { t } = useTranslation('chairConsole');
  const language = useLanguage();
  const columns: TableColumnsType<CriterionMeanRow> = [
    {
      key: 'criterion',
      title: t('drillDown.criterion'),
      render: (_, row) => localizedName(row.criterion, language),
    },
    { key: 'mean', title: t('drillDown.mean'), align: 'right', render: (_, row) => formatScore(row.mean) },
    {
      key: 'max',
      title: t('drillDown.maxPoints'),
      align: 'right',
      render: (_, row) => row.criterion.maxPoints,
    },
    {
      key: 'spread',
      title: t('drillDown.criterionSpread'),
      align: 'right',
      render: (_, row) => formatScore(row.spread),
    },
    {
      key: 'disagreement',
      title: '',
      render: (_, row) =>
        row.isDisagreement ? <Tag color="warning">{t('drillDown.criterionDisagreement')}</Tag> : null,
    },
  ];
  return (
    <Table<CriterionMeanRow>
      rowKey={(row) => row.criterion.id}
      dataSource={means}
      columns={columns}
      pagination={false}
      size="small"
    />
  );
}
