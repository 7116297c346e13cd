import { graphql } from '@award/schema/generated';
import type { AuditEventRowFragment } from '@award/schema/generated/graphql';
import { type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../app/ListTable';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';

export const auditEventRowFragment = graphql(`
  fragment AuditEventRow on AuditEvent {
    id
    at
    action
    entityType
    entityId
    after
    actor {
      id
      displayName
    }
  }
`);

interface AuditEventTableProps {
  rows: AuditEventRowFragment[];
  isLoading: boolean;
}

export function AuditEventTable({ rows, isLoading }: AuditEventTableProps) {
  const { t } = useTranslation('audit');
  const language = useLanguage();
  const columns: TableColumnsType<AuditEventRowFragment> = [
    {
      key: 'at',
      title: t('column.at'),
      render: (_, row) => formatInstant(row.at, language),
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
    },
    { key: 'actor', title: t('column.actor'), render: (_, row) => row.actor?.displayName ?? t('system') },
    // Actions the client does not know yet show as the server names them.
    { key: 'action', title: t('column.action'), render: (_, row) => t(`action.${row.action}`, row.action) },
    {
      key: 'entity',
      title: t('column.entity'),
      render: (_, row) => (
        <>
          {t(`entityType.${row.entityType}`, row.entityType)}{' '}
          <Typography.Text type="secondary" copyable={{ text: row.entityId }}>
            {row.entityId.slice(0, 8)}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'after',
      title: t('column.after'),
      render: (_, row) =>
        row.after ? <Typography.Text code>{JSON.stringify(row.after)}</Typography.Text> : null,
    },
  ];
  return (
    <ListTable<AuditEventRowFragment> rows={rows} isLoading={isLoading} minWidth={900} columns={columns} />
  );
}
