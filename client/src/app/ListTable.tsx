import { Table, type TableProps } from 'antd';

interface ListTableProps<Row extends { id: string }>
  extends Omit<TableProps<Row>, 'rowKey' | 'dataSource' | 'loading' | 'pagination' | 'scroll'> {
  rows: readonly Row[];
  isLoading: boolean;
  /** Below this width (px) the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
}

/**
 * A table of one of the API's lists. The API pages them (see LoadMore), so the table has no pages of its
 * own; columns size to their content and long texts wrap.
 */
export function ListTable<Row extends { id: string }>({
  rows,
  isLoading,
  minWidth,
  ...table
}: ListTableProps<Row>) {
  return (
    <Table<Row>
      rowKey="id"
      dataSource={rows}
      loading={isLoading}
      pagination={false}
      tableLayout="auto"
      scroll={{ x: minWidth }}
      {...table}
    />
  );
}
