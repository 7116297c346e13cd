import { graphql } from '@award/schema/generated';
import type { AuditEventRowFragment } from '@award/schema/generated/graphql';
import { type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../app/ListTable';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { AuditDetails } from './AuditDetails';

export const auditEventRowFragment = graphql(`
  fragment AuditEventRow on AuditEvent {
    id
    at
    action
    entityType
    entityId
    before
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
  /** the record as stored too, for staff checking it against the chain */
  showsRaw: boolean;
}

export function AuditEventTable({ rows, isLoading, showsRaw }: AuditEventTableProps) {
  const { t } = useTranslation('audit');
  const language = useLanguage();
  const columns: TableColumnsType<AuditEventRowFragment> = [
    {
      key: 'at',
      title: t('column.at'),
      render: (_, row) => formatInstant(row.at, language),
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
    },
    // The details take the room that is left; who, what and which record keep theirs.
    {
      key: 'actor',
      title: t('column.actor'),
      width: 200,
      render: (_, row) => row.actor?.displayName ?? t('system'),
    },
    { key: 'action', title: t('column.action'), width: 160, render: (_, row) => t(`action.${row.action}`) },
    {
      key: 'entity',
      title: t('column.entity'),
      width: 150,
      render: (_, row) => (
        <>
          {t(`entityType.${row.entityType}`)}{' '}
          <Typography.Text type="secondary" copyable={{ text: row.entityId }}>
            {row.entityId.slice(0, 8)}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'after',
      title: t('column.after'),
      render: (_, row) => (
        <>
          <AuditDetails entityType={row.entityType} before={row.before} after={row.after} />
          {showsRaw && (row.before || row.after) ? (
            <Typography.Text code style={{ wordBreak: 'break-all' }}>
              {JSON.stringify({ before: row.before, after: row.after })}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <ListTable<AuditEventRowFragment> rows={rows} isLoading={isLoading} minWidth={900} columns={columns} />
  );
}
