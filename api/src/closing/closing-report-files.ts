import writeXlsxFile, { type Row } from 'write-excel-file/node';
import { type DocumentFooter, renderPdf } from '../documents/pdf-renderer.js';
import type { PrintedDocument } from '../documents/printed-document.js';
import type { ClosingReport, ReportCell } from './closing-report.js';

/** Excel limits a sheet's name to 31 characters and forbids a few of them. */
const sheetName = (heading: string) => heading.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);

/** One sheet per category: the title, then the header row (kept in view), then the rows. */
export function reportXlsx(report: ClosingReport): Promise<Buffer> {
  return writeXlsxFile(
    report.sections.map((section) => {
      const header: Row = section.columns.map((column) => ({
        value: column.title,
        fontWeight: 'bold' as const,
        backgroundColor: '#f0f0f0',
      }));
      const rows: Row[] = section.rows.map((row) => row.map(cellOf));
      const note: Row[] = section.note ? [[section.note]] : [];
      return {
        sheet: sheetName(section.heading),
        data: [
          [{ value: `${report.title}（${section.heading}）`, fontWeight: 'bold' as const }],
          header,
          ...rows,
          ...note,
        ],
        columns: section.columns.map((column) => ({ width: column.width * 2 })),
        stickyRowsCount: 2,
      };
    }),
    { fontFamily: 'SimSun' },
  ).toBuffer();
}

function cellOf(value: ReportCell) {
  if (value == null) return null;
  if (typeof value === 'number')
    return { value, type: Number, format: Number.isInteger(value) ? '0' : '0.00' };
  return { value, type: String };
}

/** The same tables printed with the platform's renderer (Noto Sans SC, numbered and hashed footer). */
export function reportPdf(report: ClosingReport, footer: DocumentFooter): Promise<Buffer> {
  return renderPdf(printedReport(report), footer);
}

export function printedReport(report: ClosingReport): PrintedDocument {
  return {
    title: report.title,
    isLandscape: true,
    subtitle: report.subtitle,
    sections: report.sections.map((section) => ({
      heading: section.heading,
      blocks: [
        {
          kind: 'table' as const,
          columns: section.columns,
          rows: section.rows.map((row) =>
            row.map((cell) => (cell == null ? '' : typeof cell === 'number' ? printed(cell) : cell)),
          ),
        },
        ...(section.note ? [{ kind: 'text' as const, paragraphs: [section.note] }] : []),
      ],
    })),
  };
}

const printed = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));
