import { Progress, Table, type TableColumnsType, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { percentOf } from './figures';
import type { ExpertProgressRow } from './use-review-progress';

type Count = 'assigned' | 'submitted' | 'drafted' | 'notStarted' | 'overdue';

const completion = (row: ExpertProgressRow) => percentOf(row.submitted, row.assigned);

// An overdue reviewer is the one the chair acts on: its row stands out whatever the sort.
const overdueRowStyle = { background: 'var(--ant-color-error-bg, #fff2f0)' };

/** Every expert's sheets in the stage, the most overdue first as the server orders them; each column sorts. */
interface ExpertCompletionTableProps {
  experts: readonly ExpertProgressRow[];
  /** What an overdue expert's row offers (a reminder, more time). */
  overdueAction: (expert: ExpertProgressRow) => ReactNode;
}

export function ExpertCompletionTable({ experts, overdueAction }: ExpertCompletionTableProps) {
  const { t } = useTranslation('chairConsole');
  const language = useLanguage();
  const countColumn = (key: Count): TableColumnsType<ExpertProgressRow>[number] => ({
    key,
    title: t(`experts.column.${key}`),
    dataIndex: key,
    align: 'right',
    sorter: (a, b) => a[key] - b[key],
  });
  const columns: TableColumnsType<ExpertProgressRow> = [
    {
      key: 'name',
      title: t('experts.column.name'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, language),
    },
    countColumn('assigned'),
    countColumn('submitted'),
    countColumn('drafted'),
    countColumn('notStarted'),
    {
      ...countColumn('overdue'),
      render: (overdue: number) => (overdue > 0 ? <Tag color="error">{overdue}</Tag> : overdue),
    },
    {
      key: 'completion',
      title: t('experts.column.completion'),
      sorter: (a, b) => completion(a) - completion(b),
      render: (_, row) => (
        <Progress
          percent={completion(row)}
          size="small"
          style={{ minWidth: 120 }}
          aria-label={t('experts.completionOf', { name: row.name })}
        />
      ),
    },
    { key: 'actions', title: '', render: (_, row) => (row.overdue > 0 ? overdueAction(row) : null) },
  ];
  return (
    <Table<ExpertProgressRow>
      rowKey="expertId"
      dataSource={experts}
      columns={columns}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      tableLayout="auto"
      scroll={{ x: 700 }}
      size="small"
      locale={{ emptyText: t('experts.empty') }}
      onRow={(row) => (row.overdue > 0 ? { style: overdueRowStyle, 'data-overdue': 'true' } : {})}
    />
  );
}
