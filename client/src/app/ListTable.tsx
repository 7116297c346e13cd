import { Flex, Table, type TableColumnsType, type TableProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useIsNarrowerThan } from './screen';

interface ListTableProps<Row extends { id: string }>
  extends Omit<TableProps<Row>, 'rowKey' | 'dataSource' | 'loading' | 'pagination' | 'scroll'> {
  rows: readonly Row[];
  isLoading: boolean;
  /** Below this width (px) the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
}

/**
 * A table of one of the API's lists. The API pages them (see LoadMore), so the table has no pages of its
 * own; columns size to their content and long texts wrap. On a phone no table of columns fits: each row
 * shows its cells one above the other, each under its column's title.
 */
export function ListTable<Row extends { id: string }>({
  rows,
  isLoading,
  minWidth,
  columns,
  ...table
}: ListTableProps<Row>) {
  const isPhone = useIsNarrowerThan('md');
  return (
    <Table<Row>
      rowKey="id"
      dataSource={rows}
      loading={isLoading}
      pagination={false}
      tableLayout="auto"
      scroll={isPhone ? undefined : { x: minWidth }}
      showHeader={!isPhone}
      columns={isPhone && columns ? [stackedColumn(columns)] : columns}
      {...table}
    />
  );
}

function stackedColumn<Row>(columns: TableColumnsType<Row>): TableColumnsType<Row>[number] {
  return {
    key: 'stacked',
    render: (_, row, index) => (
      <Flex vertical gap="small" align="flex-start">
        {columns.map((column, position) => {
          const value =
            'dataIndex' in column && typeof column.dataIndex === 'string'
              ? (row as Record<string, unknown>)[column.dataIndex]
              : undefined;
          const cell = column.render ? column.render(value, row, index) : value;
          const title = typeof column.title === 'function' ? undefined : column.title;
          return (
            <Flex vertical key={column.key ?? position}>
              {title && <Typography.Text type="secondary">{title}</Typography.Text>}
              {cell as ReactNode}
            </Flex>
          );
        })}
      </Flex>
    ),
  };
}
