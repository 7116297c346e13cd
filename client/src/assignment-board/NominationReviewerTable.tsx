import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { NominationReviewersQuery } from '@award/schema/generated/graphql';
import { Alert, Button, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../app/ListTable';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { type ReviewerChange, ReviewerChangeDialog } from './ReviewerChangeDialog';

const nominationReviewersQuery = graphql(`
  query NominationReviewers($id: ID!) {
    nomination(id: $id) {
      id
      code
      assignments {
        id
        status
        statusReason
        effectiveDeadline
        expert {
          id
          name
          title
        }
      }
    }
  }
`);

export type CurrentReviewer = NominationReviewersQuery['nomination']['assignments'][number];

/** A nomination's reviewers as they stand, each with the way to replace or remove it (with a reason). */
export function NominationReviewerTable({ nominationId }: { nominationId: string }) {
  const { t } = useTranslation('assignmentBoard');
  const language = useLanguage();
  const [change, setChange] = useState<ReviewerChange>();
  const { data, loading, error, refetch } = useQuery(nominationReviewersQuery, {
    variables: { id: nominationId },
    fetchPolicy: 'cache-and-network',
  });
  const columns: TableColumnsType<CurrentReviewer> = [
    {
      key: 'expert',
      title: t('reviewers.expert'),
      render: (_, row) => `${row.expert.name}（${row.expert.title}）`,
    },
    {
      key: 'status',
      title: t('reviewers.status'),
      render: (_, row) => (
        <Space size="small" wrap>
          <Tag>{t(`status.${row.status}`)}</Tag>
          {row.statusReason && <Typography.Text type="secondary">{row.statusReason}</Typography.Text>}
        </Space>
      ),
    },
    {
      key: 'effectiveDeadline',
      title: t('reviewers.dueAt'),
      render: (_, row) => (row.effectiveDeadline ? formatInstant(row.effectiveDeadline, language) : '—'),
    },
    {
      key: 'actions',
      title: t('reviewers.actions'),
      render: (_, row) => (
        <Space size="small">
          <Button size="small" onClick={() => setChange({ kind: 'replace', assignment: row })}>
            {t('reviewers.replace')}
          </Button>
          <Button size="small" danger onClick={() => setChange({ kind: 'remove', assignment: row })}>
            {t('reviewers.remove')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <>
      {error && <Alert type="error" showIcon title={error.message} />}
      <ListTable<CurrentReviewer>
        rows={data?.nomination.assignments ?? []}
        isLoading={loading && !data}
        minWidth={700}
        columns={columns}
        locale={{ emptyText: t('reviewers.none') }}
      />
      {change && (
        <ReviewerChangeDialog
          nominationId={nominationId}
          change={change}
          onClose={() => setChange(undefined)}
          onDone={() => {
            setChange(undefined);
            void refetch();
          }}
        />
      )}
    </>
  );
}
