import type { ProposalDetailsFragment } from '@award/schema/generated/graphql';
import { Progress, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../app/ListTable';

type Load = ProposalDetailsFragment['loads'][number];

/** The pool's load with the proposal (the most loaded first, as the API orders it): is it spread fairly? */
export function LoadTable({ loads }: { loads: readonly Load[] }) {
  const { t } = useTranslation('assignmentBoard');
  const rows = loads.map((load) => ({ ...load, id: load.expert.id }));
  const columns: TableColumnsType<(typeof rows)[number]> = [
    { key: 'expert', title: t('load.expert'), render: (_, row) => row.expert.name },
    { key: 'existing', title: t('load.existing'), dataIndex: 'existing' },
    { key: 'proposed', title: t('load.proposed'), dataIndex: 'proposed' },
    {
      key: 'total',
      title: t('load.total'),
      width: 280,
      render: (_, row) => {
        const count = row.existing + row.proposed;
        return (
          <Progress
            // The proposed part on top of what the expert already holds, both against its maximum.
            percent={Math.round((100 * count) / row.maxLoad)}
            success={{ percent: Math.round((100 * row.existing) / row.maxLoad) }}
            format={() => t('load.of', { count, max: row.maxLoad })}
            status={count >= row.maxLoad ? 'exception' : 'normal'}
            size="small"
            aria-label={t('load.total')}
          />
        );
      },
    },
  ];
  return <ListTable rows={rows} isLoading={false} minWidth={600} columns={columns} size="small" />;
}
