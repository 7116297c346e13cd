import { ObjectionStatus } from '@award/schema/generated/graphql';
import { Space, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../app/ListTable';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { ObjectionActions } from './ObjectionActions';
import type { ObjectionRow } from './use-objections';

const statusColors: Record<ObjectionStatus, string> = {
  RECEIVED: 'processing',
  INVESTIGATING: 'warning',
  UPHELD: 'error',
  DISMISSED: 'success',
  REFUSED: 'default',
};

interface ObjectionTableProps {
  objections: readonly ObjectionRow[];
  isLoading: boolean;
}

/** Each objection as received and how far it has been dealt with: the objector is named, as the rules require. */
export function ObjectionTable({ objections, isLoading }: ObjectionTableProps) {
  const { t } = useTranslation('closing');
  const language = useLanguage();
  const columns: TableColumnsType<ObjectionRow> = [
    {
      key: 'receivedAt',
      title: t('objections.receivedAt'),
      render: (_, o) => formatInstant(o.receivedAt, language),
    },
    { key: 'code', title: t('column.code'), render: (_, o) => o.nomination.code },
    {
      key: 'objector',
      title: t('objections.objectorName'),
      render: (_, o) => (
        <Space direction="vertical" size={0}>
          {o.objectorName}
          {o.objectorOrganization && (
            <Typography.Text type="secondary">{o.objectorOrganization}</Typography.Text>
          )}
          <Typography.Text type="secondary">{o.objectorContact}</Typography.Text>
        </Space>
      ),
    },
    {
      key: 'subjects',
      title: t('objections.subjects'),
      render: (_, o) => o.subjects.map((s) => <Tag key={s}>{t(`objections.subject.${s}`)}</Tag>),
    },
    {
      key: 'content',
      title: t('objections.content'),
      render: (_, o) => (
        <Space direction="vertical" size={0}>
          {o.content}
          <Typography.Text type="secondary">
            {t('objections.evidence')}: {o.evidence}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'classification',
      title: t('objections.classify'),
      render: (_, o) => {
        if (!o.classifiedAt) return t('objections.unclassified');
        return o.isSubstantive ? t('objections.substantive') : t('objections.notSubstantive');
      },
    },
    {
      key: 'status',
      title: t('column.state'),
      render: (_, o) => (
        <Tag color={statusColors[o.status]} data-testid="objection-status">
          {t(`objections.status.${o.status}`)}
        </Tag>
      ),
    },
    { key: 'answer', title: t('objections.answer'), render: (_, o) => o.resolution ?? '—' },
    { key: 'actions', title: '', render: (_, o) => <ObjectionActions objection={o} /> },
  ];
  return (
    <ListTable<ObjectionRow>
      aria-label={t('objections.title')}
      rows={objections}
      isLoading={isLoading}
      minWidth={1100}
      columns={columns}
      locale={{ emptyText: t('objections.empty') }}
    />
  );
}
