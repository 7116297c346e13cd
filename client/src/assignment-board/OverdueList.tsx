import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { OverdueAssignmentsQuery } from '@award/schema/generated/graphql';
import { Alert, App, Button, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../app/ListTable';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { useRemindReviewers } from '../chair-console/use-reviewer-reminders';

const overdueAssignmentsQuery = graphql(`
  query OverdueAssignments($cycleId: ID!) {
    overdueAssignments(cycleId: $cycleId) {
      id
      status
      effectiveDeadline
      expert {
        id
        name
      }
      nomination {
        id
        code
        projectName
      }
    }
  }
`);

type Overdue = OverdueAssignmentsQuery['overdueAssignments'][number];

/** Reviews past their deadline without a submitted sheet: whom to remind, or to replace. */
export function OverdueList({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('assignmentBoard');
  const language = useLanguage();
  const { message } = App.useApp();
  const { remind, isSending } = useRemindReviewers();
  const remindOf = async (row: Overdue) => {
    try {
      void message.success(t('overdue.reminded', { count: await remind([row.id]) }));
    } catch (error) {
      void message.error(`${t('overdue.remindFailed')}: ${(error as Error).message}`);
    }
  };
  const { data, loading, error } = useQuery(overdueAssignmentsQuery, {
    variables: { cycleId },
    fetchPolicy: 'cache-and-network',
  });
  const columns: TableColumnsType<Overdue> = [
    {
      key: 'nomination',
      title: t('overdue.nomination'),
      render: (_, row) => (row.nomination ? `${row.nomination.code} ${row.nomination.projectName}` : '—'),
    },
    { key: 'expert', title: t('overdue.expert'), render: (_, row) => row.expert.name },
    {
      key: 'effectiveDeadline',
      title: t('overdue.dueAt'),
      render: (_, row) =>
        row.effectiveDeadline && (
          <Typography.Text type="danger">{formatInstant(row.effectiveDeadline, language)}</Typography.Text>
        ),
    },
    { key: 'status', title: t('overdue.status'), render: (_, row) => <Tag>{t(`status.${row.status}`)}</Tag> },
    {
      key: 'remind',
      title: '',
      render: (_, row) => (
        <Button
          size="small"
          icon={<BellOutlined />}
          disabled={isSending}
          aria-label={t('overdue.remindOne', {
            expert: row.expert.name,
            nomination: row.nomination?.code ?? '',
          })}
          onClick={() => void remindOf(row)}
        >
          {t('overdue.remind')}
        </Button>
      ),
    },
  ];
  return (
    <>
      {error && <Alert type="error" showIcon title={error.message} />}
      <ListTable<Overdue>
        rows={data?.overdueAssignments ?? []}
        isLoading={loading && !data}
        minWidth={600}
        columns={columns}
        locale={{ emptyText: t('overdue.empty') }}
      />
    </>
  );
}
