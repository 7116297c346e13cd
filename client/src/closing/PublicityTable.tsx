import { graphql } from '@award/schema/generated';
import type { PublicityEntryRowFragment } from '@award/schema/generated/graphql';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../app/ListTable';

graphql(`
  fragment PublicityEntryRow on PublicityEntry {
    id
    position
    code
    projectName
    nominatorName
    completers
    grade
  }
`);

/** The publicity list (公示名单) as published: no scores and no reviewers, only what the public is told. */
export function PublicityTable({ entries }: { entries: readonly PublicityEntryRowFragment[] }) {
  const { t } = useTranslation(['closing', 'nominations']);
  const columns: TableColumnsType<PublicityEntryRowFragment> = [
    { key: 'position', title: t('column.position'), dataIndex: 'position' },
    { key: 'code', title: t('column.code'), dataIndex: 'code' },
    { key: 'projectName', title: t('column.projectName'), dataIndex: 'projectName' },
    { key: 'nominator', title: t('column.nominator'), dataIndex: 'nominatorName' },
    { key: 'completers', title: t('column.completers'), render: (_, entry) => entry.completers.join('、') },
    {
      key: 'grade',
      title: t('column.finalGrade'),
      render: (_, entry) => t(`nominations:grade.${entry.grade}`),
    },
  ];
  return (
    <ListTable<PublicityEntryRowFragment>
      aria-label={t('publicity.title')}
      rows={entries}
      isLoading={false}
      minWidth={900}
      columns={columns}
    />
  );
}
