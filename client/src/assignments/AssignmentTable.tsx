import { graphql } from '@award/schema/generated';
import type { AssignmentRowFragment, AssignmentStatus } from '@award/schema/generated/graphql';
import { Space, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListTable } from '../app/ListTable';
import { localizedName, useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { reviewPath } from '../scoring/paths';
import { RespondActions } from './RespondActions';

export const assignmentRowFragment = graphql(`
  fragment AssignmentRow on Assignment {
    id
    stage
    status
    statusReason
    assignedAt
    effectiveDeadline
    isOverdue
    nomination {
      id
      code
      projectName
      category
      field {
        id
        nameZh
        nameEn
      }
    }
    scoreSheet {
      id
      status
      total
      submittedAt
    }
  }
`);

const statusColors: Record<AssignmentStatus, string> = {
  PENDING: 'processing',
  ACCEPTED: 'success',
  DECLINED: 'default',
  RECUSED: 'default',
};

/** The assignment's nomination, or why the expert may not see it (award-rules.md, Conflicts of interest). */
function NominationCell({ row }: { row: AssignmentRowFragment }) {
  const { t } = useTranslation(['assignments', 'nominations']);
  const language = useLanguage();
  const { nomination } = row;
  if (!nomination) return <Typography.Text type="secondary">{t('nominationHidden')}</Typography.Text>;
  return (
    <Space direction="vertical" size={0}>
      <Link to={reviewPath(row.id)}>{nomination.code}</Link>
      <Typography.Text>{nomination.projectName}</Typography.Text>
      <Typography.Text type="secondary">
        {t(`nominations:category.${nomination.category}`)} · {localizedName(nomination.field, language)}
      </Typography.Text>
    </Space>
  );
}

/** The deadline in the award's zone; in red once the API counts the review overdue. */
function DueCell({ row }: { row: AssignmentRowFragment }) {
  const { t } = useTranslation('assignments');
  const language = useLanguage();
  if (!row.effectiveDeadline) return '—';
  return (
    <Typography.Text type={row.isOverdue ? 'danger' : undefined}>
      {formatInstant(row.effectiveDeadline, language)}
      {row.isOverdue && `（${t('overdue')}）`}
    </Typography.Text>
  );
}

function ScoreSheetCell({ row }: { row: AssignmentRowFragment }) {
  const { t } = useTranslation('assignments');
  const sheet = row.scoreSheet;
  if (!sheet) return <Typography.Text type="secondary">{t('sheet.none')}</Typography.Text>;
  if (sheet.status === 'DRAFT') return <Tag color="warning">{t('sheet.DRAFT')}</Tag>;
  return (
    <Space size="small">
      <Tag color="success">{t('sheet.SUBMITTED')}</Tag>
      {sheet.total != null && t('sheet.total', { total: sheet.total })}
    </Space>
  );
}

function StatusCell({ row }: { row: AssignmentRowFragment }) {
  const { t } = useTranslation('assignments');
  return (
    <Space direction="vertical" size={0}>
      <Tag color={statusColors[row.status]}>{t(`status.${row.status}`)}</Tag>
      {row.statusReason && <Typography.Text type="secondary">{row.statusReason}</Typography.Text>}
    </Space>
  );
}

interface AssignmentTableProps {
  rows: AssignmentRowFragment[];
  isLoading: boolean;
}

export function AssignmentTable({ rows, isLoading }: AssignmentTableProps) {
  const { t } = useTranslation('assignments');
  const columns: TableColumnsType<AssignmentRowFragment> = [
    { key: 'nomination', title: t('column.nomination'), render: (_, row) => <NominationCell row={row} /> },
    { key: 'stage', title: t('column.stage'), render: (_, row) => t(`stage.${row.stage}`) },
    {
      key: 'status',
      title: t('column.status'),
      render: (_, row) => <StatusCell row={row} />,
    },
    { key: 'effectiveDeadline', title: t('column.dueAt'), render: (_, row) => <DueCell row={row} /> },
    { key: 'scoreSheet', title: t('column.scoreSheet'), render: (_, row) => <ScoreSheetCell row={row} /> },
    { key: 'actions', title: t('column.actions'), render: (_, row) => <RespondActions assignment={row} /> },
  ];
  return (
    <ListTable<AssignmentRowFragment> rows={rows} isLoading={isLoading} minWidth={900} columns={columns} />
  );
}
