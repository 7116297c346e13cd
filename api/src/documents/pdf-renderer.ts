import PDFDocument from 'pdfkit';
import { cjkFont } from './cjk-font.js';
import type {
  Block,
  FieldsBlock,
  PrintedDocument,
  SignatureBlock,
  TableBlock,
  TextBlock,
} from './printed-document.js';

/** What identifies one printout: its number, the hash of its content, when and in which zone. */
export interface DocumentFooter {
  number: string;
  contentSha256: string;
  generatedAt: Date;
  /** The cycle's zone, in which the time is printed (award-rules.md: Asia/Shanghai). */
  timeZone: string;
}

const MARGIN = 56;
const FOOTER_HEIGHT = 30;
const CELL_PADDING = 4;
const BORDER = { border: 0.5, borderColor: '#444444', padding: CELL_PADDING } as const;
const LABEL_FILL = '#f0f0f0';

type Pdf = InstanceType<typeof PDFDocument>;

/** Draws a printed document on A4 in Noto Sans SC, with the number, time and hash on every page. */
export function renderPdf(document: PrintedDocument, footer: DocumentFooter): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    layout: document.isLandscape ? 'landscape' : 'portrait',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_HEIGHT },
    bufferPages: true,
    lang: 'zh-CN',
    info: { Title: document.title, Subject: footer.number, Creator: 'Quality Technology Award platform' },
  });
  const bytes = collect(pdf);
  pdf.registerFont('regular', cjkFont('regular'));
  pdf.registerFont('bold', cjkFont('bold'));

  pdf.font('bold').fontSize(18).text(document.title, { align: 'center' });
  pdf.font('regular').fontSize(10.5).moveDown(0.3);
  for (const line of document.subtitle) pdf.text(line, { align: 'center' });
  for (const section of document.sections) {
    pdf.moveDown(0.8);
    // A heading never stands alone at the foot of a page.
    if (pdf.y > pdf.page.maxY() - 80) pdf.addPage();
    pdf.x = MARGIN;
    pdf.font('bold').fontSize(12).text(section.heading);
    pdf.moveDown(0.3);
    for (const block of section.blocks) drawBlock(pdf, block);
  }
  drawFooters(pdf, footer);
  pdf.end();
  return bytes;
}

function drawBlock(pdf: Pdf, block: Block): void {
  pdf.x = MARGIN;
  pdf.font('regular').fontSize(10);
  if (block.kind === 'fields') drawFields(pdf, block);
  else if (block.kind === 'table') drawTable(pdf, block);
  else if (block.kind === 'text') drawText(pdf, block);
  else drawSignature(pdf, block);
  pdf.moveDown(0.4);
}

function drawFields(pdf: Pdf, block: FieldsBlock): void {
  pdf.table({
    columnStyles: [110, '*'],
    defaultStyle: BORDER,
    data: block.rows.map(([label, value]) => [
      { text: label, font: { src: 'bold' }, backgroundColor: LABEL_FILL },
      value,
    ]),
  });
}

function drawTable(pdf: Pdf, block: TableBlock): void {
  pdf.table({
    columnStyles: columnWidths(pdf, block),
    defaultStyle: BORDER,
    data: [
      block.columns.map((column) => ({
        text: column.title,
        font: { src: 'bold' },
        backgroundColor: LABEL_FILL,
        align: 'center' as const,
      })),
      ...block.rows.map((row) =>
        row.length === 1 && block.columns.length > 1
          ? [{ text: row[0], colSpan: block.columns.length }]
          : row,
      ),
    ],
  });
}

/**
 * Each column's width in points: an unbroken column as wide as its widest cell (drawn in the table's
 * font) or half its heading, the others sharing the rest of the line by their relative widths.
 */
function columnWidths(pdf: Pdf, block: TableBlock): number[] {
  const contentWidth = pdf.page.width - 2 * MARGIN;
  // A row of one cell spans the table, so it does not size a column.
  const rows = block.rows.filter((row) => row.length === block.columns.length);
  const fitted = block.columns.map((column, index) =>
    column.isUnbroken
      ? Math.max(
          ...rows.map((row) => pdf.widthOfString(row[index])),
          // The heading may take two lines, no more.
          pdf.widthOfString(column.title) / 2,
          pdf.widthOfString('—'),
        ) +
        // pdfkit normalizes the table's style in place, so the padding is read from its own constant.
        2 * CELL_PADDING +
        2
      : 0,
  );
  const left = contentWidth - fitted.reduce((sum, width) => sum + width, 0);
  const shared = block.columns.reduce((sum, column) => sum + (column.isUnbroken ? 0 : column.width), 0);
  return block.columns.map((column, index) =>
    column.isUnbroken ? fitted[index] : (left * column.width) / shared,
  );
}

function drawText(pdf: Pdf, block: TextBlock): void {
  if (block.label) pdf.font('bold').text(block.label).font('regular');
  for (const paragraph of block.paragraphs) {
    pdf.text(paragraph, { indent: 20, lineGap: 3, paragraphGap: 4 });
  }
}

function drawSignature(pdf: Pdf, block: SignatureBlock): void {
  pdf.moveDown(1);
  for (const line of block.lines) {
    pdf.text(line, { align: 'right', lineGap: 3 });
    pdf.moveDown(0.8);
  }
}

function drawFooters(pdf: Pdf, footer: DocumentFooter): void {
  const { start, count } = pdf.bufferedPageRange();
  const time = formatInZone(footer.generatedAt, footer.timeZone);
  for (let index = start; index < start + count; index++) {
    pdf.switchToPage(index);
    const { page } = pdf;
    const top = page.height - MARGIN - FOOTER_HEIGHT + 8;
    const width = page.width - 2 * MARGIN;
    // Inside the bottom margin: without this, pdfkit would start a new page for the footer.
    page.margins.bottom = 0;
    pdf
      .moveTo(MARGIN, top)
      .lineTo(MARGIN + width, top)
      .lineWidth(0.5)
      .strokeColor('#888888')
      .stroke();
    pdf.font('regular').fontSize(7.5).fillColor('#333333');
    pdf.text(
      `文件编号 ${footer.number}    生成时间 ${time}    第 ${index - start + 1} 页 / 共 ${count} 页`,
      MARGIN,
      top + 4,
      {
        width,
        lineBreak: false,
      },
    );
    pdf.text(`内容 SHA-256 ${footer.contentSha256}`, MARGIN, top + 15, { width, lineBreak: false });
  }
}

/** 2024-05-20 10:05 in the given zone. */
function formatInZone(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} (${timeZone})`;
}

function collect(pdf: Pdf): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}
