import { graphql } from '@award/schema/generated';
import type { NominationRowFragment } from '@award/schema/generated/graphql';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListTable } from '../app/ListTable';
import { localizedName, useLanguage } from '../app/language';
import { NominationStatusTag } from './NominationStatusTag';

// The fields one row of the table shows; the page's query spreads it into every edge.
export const nominationRowFragment = graphql(`
  fragment NominationRow on Nomination {
    id
    code
    projectName
    category
    status
    proposedGrade
    field {
      id
      nameZh
      nameEn
    }
    nominator {
      id
      name
    }
  }
`);

interface NominationTableProps<Row extends NominationRowFragment> {
  rows: Row[];
  isLoading: boolean;
  /** Where a row's number leads: its nomination's page, a link in the keyboard's order. */
  linkOf?: (row: Row) => string;
  /** Columns of a screen's own after the common ones, for rows that carry more than NominationRow. */
  extraColumns?: TableColumnsType<Row>;
}

export function NominationTable<Row extends NominationRowFragment>({
  rows,
  isLoading,
  linkOf,
  extraColumns = [],
}: NominationTableProps<Row>) {
  const { t } = useTranslation('nominations');
  const language = useLanguage();
  const columns: TableColumnsType<Row> = [
    {
      key: 'code',
      title: t('column.code'),
      // A code is quoted whole in letters and calls; broken at its hyphens it would read as two.
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (_, row) => (linkOf ? <Link to={linkOf(row)}>{row.code}</Link> : row.code),
    },
    { key: 'projectName', title: t('column.projectName'), dataIndex: 'projectName' },
    {
      key: 'category',
      title: t('column.category'),
      // Room for a Chinese award name on one line; the longer English names still wrap.
      minWidth: 140,
      render: (_, row) => t(`category.${row.category}`),
    },
    { key: 'field', title: t('column.field'), render: (_, row) => localizedName(row.field, language) },
    { key: 'nominator', title: t('column.nominator'), render: (_, row) => row.nominator.name },
    {
      key: 'status',
      title: t('column.status'),
      render: (_, row) => <NominationStatusTag status={row.status} />,
    },
    {
      key: 'proposedGrade',
      title: t('column.proposedGrade'),
      render: (_, row) => (row.proposedGrade ? t(`grade.${row.proposedGrade}`) : t('committeeGrade')),
    },
    ...extraColumns,
  ];
  return (
    <ListTable<Row>
      rows={rows}
      isLoading={isLoading}
      // Room for every column; below 1000 px the table scrolls.
      minWidth={1000}
      columns={columns}
    />
  );
}
