import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localizedName, useLanguage } from '../app/language';
import type { CountedSheetRow } from './use-nomination-drill-down';

type Score = CountedSheetRow['sheet']['scores'][number];

/** One expert's sheet as submitted: each criterion's level, points and comment, then the overall opinion. */
export function SheetScores({ sheet }: { sheet: CountedSheetRow['sheet'] }) {
  const { t } = useTranslation('chairConsole');
  const language = useLanguage();
  const columns: TableColumnsType<Score> = [
    {
      key: 'criterion',
      title: t('drillDown.criterion'),
      render: (_, row) => localizedName(row.criterion, language),
    },
    { key: 'level', title: t('drillDown.level'), render: (_, row) => row.level ?? '—' },
    { key: 'points', title: t('drillDown.points'), align: 'right', render: (_, row) => row.points ?? '—' },
    { key: 'comment', title: t('drillDown.comment'), dataIndex: 'comment' },
  ];
  return (
    <>
      <Table<Score> rowKey="id" dataSource={sheet.scores} columns={columns} pagination={false} size="small" />
      <Typography.Paragraph style={{ marginTop: 8 }}>
        <Typography.Text strong>{t('drillDown.opinion')}：</Typography.Text>
        {sheet.overallOpinion}
      </Typography.Paragraph>
    </>
  );
}
