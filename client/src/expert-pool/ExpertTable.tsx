import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { ExpertRowFragment } from '@award/schema/generated/graphql';
import { Alert, App, Button, Space, Switch, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../app/ListTable';
import { LoadMore } from '../app/LoadMore';
import { localizedName, useLanguage } from '../app/language';

export const expertRowFragment = graphql(`
  fragment ExpertRow on Expert {
    id
    name
    title
    maxLoad
    isAvailable
    employer {
      id
      name
    }
    fields {
      id
      isPrimary
      field {
        id
        code
        nameZh
        nameEn
      }
    }
  }
`);

const expertPoolQuery = graphql(`
  query ExpertPool($cycleId: ID!, $first: Int!, $after: String) {
    experts(cycleId: $cycleId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ExpertRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const setAvailabilityMutation = graphql(`
  mutation SetExpertAvailability($id: ID!, $isAvailable: Boolean!) {
    setExpertAvailability(id: $id, isAvailable: $isAvailable) {
      id
      isAvailable
    }
  }
`);

const pageSize = 50;

/** An expert's availability, switched on the spot: an unavailable expert gets no new assignments. */
function AvailabilitySwitch({ expert }: { expert: ExpertRowFragment }) {
  const { t } = useTranslation('expertPool');
  const { message } = App.useApp();
  const [setAvailability, { loading }] = useMutation(setAvailabilityMutation);
  const toggle = (isAvailable: boolean) =>
    setAvailability({ variables: { id: expert.id, isAvailable } }).then(
      () => message.success(t('availabilityChanged', { name: expert.name })),
      (error: Error) => message.error(error.message),
    );
  return (
    <Switch
      aria-label={t('availabilityOf', { name: expert.name })}
      checked={expert.isAvailable}
      loading={loading}
      onChange={toggle}
    />
  );
}

interface ExpertTableProps {
  cycleId: string;
  onEdit: (expertId: string) => void;
}

export function ExpertTable({ cycleId, onEdit }: ExpertTableProps) {
  const { t } = useTranslation('expertPool');
  const language = useLanguage();
  const { data, error, fetchMore, networkStatus } = useQuery(expertPoolQuery, {
    variables: { cycleId, first: pageSize },
  });
  const connection = data?.experts;
  const columns: TableColumnsType<ExpertRowFragment> = [
    { key: 'name', title: t('column.name'), dataIndex: 'name' },
    { key: 'title', title: t('column.title'), dataIndex: 'title' },
    { key: 'employer', title: t('column.employer'), render: (_, expert) => expert.employer?.name ?? '—' },
    {
      key: 'fields',
      title: t('column.fields'),
      render: (_, expert) => (
        <Space size={[0, 4]} wrap>
          {expert.fields.map(({ id, isPrimary, field }) => (
            <Tag key={id} color={isPrimary ? 'blue' : 'default'}>
              {localizedName(field, language)}
              {isPrimary && t('primary')}
            </Tag>
          ))}
        </Space>
      ),
    },
    { key: 'maxLoad', title: t('column.maxLoad'), dataIndex: 'maxLoad' },
    {
      key: 'isAvailable',
      title: t('column.isAvailable'),
      render: (_, expert) => <AvailabilitySwitch expert={expert} />,
    },
    {
      key: 'actions',
      title: t('column.actions'),
      render: (_, expert) => (
        <Button size="small" onClick={() => onEdit(expert.id)}>
          {t('edit')}
        </Button>
      ),
    },
  ];
  return (
    <>
      {error && <Alert type="error" showIcon title={t('loadFailed')} description={error.message} />}
      <ListTable<ExpertRowFragment>
        rows={connection?.edges.map((edge) => edge.node) ?? []}
        isLoading={networkStatus === NetworkStatus.loading}
        minWidth={1000}
        columns={columns}
        aria-label={t('title')}
      />
      {connection && <LoadMore connection={connection} networkStatus={networkStatus} fetchMore={fetchMore} />}
    </>
  );
}
