import { Role } from '@award/schema/generated/graphql';
import { Button, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { useViewer } from '../auth/viewer';
import { formatScore } from './figures';
import { ReopenSheetDialog } from './ReopenSheetDialog';
import { SheetScores } from './SheetScores';
import { type TrimRole, trimRoleOf } from './trimmed';
import type { CountedSheetRow } from './use-nomination-drill-down';

const trimColors: Record<TrimRole, string> = {
  counted: 'success',
  highest: 'default',
  lowest: 'default',
  either: 'default',
};

interface CountedSheetsTableProps {
  sheets: readonly CountedSheetRow[];
  onReopened: () => void;
}

/** The sheets behind the figures: each total, its adjusted total, whether it counted; a row opens the sheet. */
export function CountedSheetsTable({ sheets, onReopened }: CountedSheetsTableProps) {
  const { t } = useTranslation(['chairConsole', 'nominations']);
  const language = useLanguage();
  // Only the chair reopens a sheet (award-rules.md); the secretariat reads the same figures.
  const isChair = useViewer().roles.includes(Role.Chair);
  const [reopening, setReopening] = useState<CountedSheetRow>();
  const columns: TableColumnsType<CountedSheetRow> = [
    {
      key: 'expert',
      title: t('drillDown.column.expert'),
      render: (_, row) => row.sheet.assignment.expert.name,
    },
    {
      key: 'total',
      title: t('drillDown.column.total'),
      align: 'right',
      render: (_, row) => formatScore(row.total),
    },
    {
      key: 'adjusted',
      title: t('drillDown.column.adjustedTotal'),
      align: 'right',
      render: (_, row) => formatScore(row.adjustedTotal),
    },
    {
      key: 'counted',
      title: t('drillDown.column.counted'),
      render: (_, row) => {
        const role = trimRoleOf(row, sheets);
        return (
          <Tag color={trimColors[role]} data-trim={role}>
            {t(`drillDown.trimmed.${role}`)}
          </Tag>
        );
      },
    },
    {
      key: 'submittedAt',
      title: t('drillDown.column.submittedAt'),
      render: (_, row) => (row.sheet.submittedAt ? formatInstant(row.sheet.submittedAt, language) : '—'),
    },
    {
      key: 'grade',
      title: t('drillDown.column.recommendedGrade'),
      render: (_, row) =>
        row.sheet.recommendedGrade ? t(`nominations:grade.${row.sheet.recommendedGrade}`) : '—',
    },
    ...(isChair
      ? [
          {
            key: 'reopen',
            title: '',
            render: (_: unknown, row: CountedSheetRow) => (
              <Button size="small" danger onClick={() => setReopening(row)}>
                {t('drillDown.reopen')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <Table<CountedSheetRow>
        rowKey={(row) => row.sheet.id}
        dataSource={sheets}
        columns={columns}
        pagination={false}
        size="small"
        expandable={{ expandedRowRender: (row) => <SheetScores sheet={row.sheet} /> }}
      />
      {reopening && (
        <ReopenSheetDialog
          sheetId={reopening.sheet.id}
          expert={reopening.sheet.assignment.expert.name}
          onClose={(isReopened) => {
            setReopening(undefined);
            if (isReopened) onReopened();
          }}
        />
      )}
    </>
  );
}
