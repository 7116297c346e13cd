import { Descriptions, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useIsNarrowerThan } from '../app/screen';
import type { PrintedBlock } from './printed-form';

interface TableRow {
  key: number;
  cells: string[];
}

type TableBlock = Extract<PrintedBlock, { kind: 'table' }>;

/**
 * A table's rows one under the other, each a list of its columns' titles and values: on a phone's width a
 * table of five or more columns does not fit, and the expert reads the nomination there too (issue 14).
 */
function StackedRows({ block }: { block: TableBlock }) {
  return (
    <Flex vertical gap="small">
      {block.rows.map((cells, index) =>
        cells.length === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows of a frozen table never move
          <Typography.Paragraph key={index} style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {cells[0]}
          </Typography.Paragraph>
        ) : (
          <Descriptions
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows of a frozen table never move
            key={index}
            size="small"
            bordered
            column={1}
            items={block.columns.map((column, cell) => ({
              key: cell,
              label: column.title,
              children: cells[cell],
            }))}
          />
        ),
      )}
    </Flex>
  );
}

function PrintedTable({ block }: { block: TableBlock }) {
  const isPhone = useIsNarrowerThan('md');
  if (isPhone && block.rows.length > 0) return <StackedRows block={block} />;
  const totalWidth = block.columns.reduce((sum, column) => sum + column.width, 0) || 1;
  const columns: TableColumnsType<TableRow> = block.columns.map((column, index) => ({
    key: index,
    title: column.title,
    // The widths are relative, as on paper.
    width: `${(100 * column.width) / totalWidth}%`,
    render: (_, row) => row.cells[index],
    // A row of one cell spans the whole table, as printed (a completer's contribution, a total).
    onCell: (row) => (row.cells.length === 1 ? { colSpan: index === 0 ? block.columns.length : 0 } : {}),
  }));
  return (
    <Table<TableRow>
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={block.rows.map((cells, key) => ({ key, cells }))}
    />
  );
}

/** One block of the frozen form, drawn like its printed counterpart. */
export function PrintedBlockView({ block }: { block: PrintedBlock }) {
  switch (block.kind) {
    case 'fields':
      return (
        <Descriptions
          size="small"
          bordered
          column={1}
          items={block.rows.map(([label, value], index) => ({ key: index, label, children: value }))}
        />
      );
    case 'table':
      return <PrintedTable block={block} />;
    case 'text':
      return (
        <div>
          {block.label && <Typography.Text strong>{block.label}</Typography.Text>}
          {block.paragraphs.map((paragraph, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a frozen text never move
            <Typography.Paragraph key={index} style={{ whiteSpace: 'pre-wrap' }}>
              {paragraph}
            </Typography.Paragraph>
          ))}
        </div>
      );
    case 'signature':
      return (
        <Flex vertical align="flex-end">
          {block.lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the lines of a frozen signature block never move
            <Typography.Text key={index}>{line}</Typography.Text>
          ))}
        </Flex>
      );
    default:
      return null;
  }
}
