import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { badInput } from '../errors.js';

/** A cell as the spreadsheet gave it: text from csv; text, numbers, booleans or dates from xlsx. */
export type SheetCell = string | number | boolean | Date | null;

/** Large enough for thousands of experts; the /graphql body limit (1 MB of base64) comes first anyway. */
export const IMPORT_MAX_BYTES = 700 * 1024;
export const IMPORT_MAX_ROWS = 5000;

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * The rows of the first sheet of an xlsx file, or of a csv file, header first. The content decides
 * which (an xlsx is a zip archive), not the name; csv may be UTF-8 (with or without BOM) or GB18030,
 * as Excel saves it on Chinese Windows.
 */
export async function readSheetRows(fileName: string, bytes: Buffer): Promise<SheetCell[][]> {
  if (!/\.(xlsx|csv)$/i.test(fileName))
    throw badInput('fileName', { en: 'send an .xlsx or a .csv file', zh: '请上传 .xlsx 或 .csv 文件' });
  if (bytes.length === 0) throw badInput('file', { en: 'the file is empty', zh: '文件为空' });
  if (bytes.length > IMPORT_MAX_BYTES)
    throw badInput('file', { en: `at most ${IMPORT_MAX_BYTES} bytes`, zh: `最大 ${IMPORT_MAX_BYTES} 字节` });
  if (bytes.subarray(0, 4).equals(OLE))
    throw badInput('file', {
      en: 'an old .xls workbook: save it as .xlsx or .csv (UTF-8) and send that',
      zh: '这是旧版 .xls 工作簿，请另存为 .xlsx 或 .csv（UTF-8）后再上传',
    });
  const rows = bytes.subarray(0, 4).equals(ZIP) ? await readXlsx(bytes) : readCsv(bytes);
  if (rows.length - 1 > IMPORT_MAX_ROWS)
    throw badInput('file', {
      en: `at most ${IMPORT_MAX_ROWS} rows at a time`,
      zh: `每次最多 ${IMPORT_MAX_ROWS} 行`,
    });
  return rows;
}

async function readXlsx(bytes: Buffer): Promise<SheetCell[][]> {
  try {
    return (await readSheet(bytes)) as SheetCell[][];
  } catch {
    throw badInput('file', { en: 'not a readable .xlsx workbook', zh: '不是可读取的 .xlsx 工作簿' });
  }
}

function readCsv(bytes: Buffer): SheetCell[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: true });
  } catch (error) {
    throw badInput('file', {
      en: `not a well-formed csv file (${(error as Error).message})`,
      zh: `不是格式正确的 csv 文件（${(error as Error).message}）`,
    });
  }
}
