import { graphql } from '@award/schema/generated';
import type { FinalEntryRowFragment } from '@award/schema/generated/graphql';
import { Space, type TableColumnsType, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../app/ListTable';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';

graphql(`
  fragment FinalEntryRow on FinalEntry {
    id
    position
    code
    projectName
    nominatorName
    grade
    isRevoked
    revokedAt
    revocationReason
  }
`);

interface FinalListTableProps {
  entries: readonly FinalEntryRowFragment[];
  /** The chair's revocation, in a last column; the list itself is read-only once approved. */
  actions?: (entry: FinalEntryRowFragment) => ReactNode;
}

/** The approved awards (获奖名单) as published to everyone: no scores and no reviewers; a revocation is marked. */
export function FinalListTable({ entries, actions }: FinalListTableProps) {
  const { t } = useTranslation(['closing', 'nominations']);
  const language = useLanguage();
  const columns: TableColumnsType<FinalEntryRowFragment> = [
    { key: 'position', title: t('column.position'), dataIndex: 'position' },
    { key: 'code', title: t('column.code'), dataIndex: 'code' },
    { key: 'projectName', title: t('column.projectName'), dataIndex: 'projectName' },
    { key: 'nominator', title: t('column.nominator'), dataIndex: 'nominatorName' },
    {
      key: 'grade',
      title: t('column.awardedGrade'),
      render: (_, entry) => t(`nominations:grade.${entry.grade}`),
    },
    {
      key: 'state',
      title: t('column.state'),
      render: (_, entry) =>
        entry.isRevoked ? (
          <Space direction="vertical" size={0}>
            <Tag color="error">{t('approval.revoked')}</Tag>
            {entry.revokedAt && (
              <Typography.Text type="secondary">{formatInstant(entry.revokedAt, language)}</Typography.Text>
            )}
            <Typography.Text type="secondary">{entry.revocationReason}</Typography.Text>
          </Space>
        ) : (
          <Tag color="success">{t('approval.awarded')}</Tag>
        ),
    },
    ...(actions
      ? [{ key: 'actions', title: '', render: (_: unknown, e: FinalEntryRowFragment) => actions(e) }]
      : []),
  ];
  return (
    <ListTable<FinalEntryRowFragment>
      aria-label={t('approval.title')}
      rows={entries}
      isLoading={false}
      minWidth={900}
      columns={columns}
    />
  );
}
