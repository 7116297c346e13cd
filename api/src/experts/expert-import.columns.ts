import type { SheetCell } from './expert-sheet.js';

/** The columns of an expert import, in the template's order. */
export const IMPORT_COLUMNS = [
  { key: 'name', zh: '姓名', en: 'name', isRequired: true, format: 'the expert’s name', aliases: [] },
  { key: 'title', zh: '职称', en: 'title', isRequired: true, format: 'e.g. 教授级高级工程师', aliases: [] },
  {
    key: 'employerCreditCode',
    zh: '工作单位统一社会信用代码',
    en: 'employer credit code',
    isRequired: true,
    format: 'the 18-character code of an organization in the system (as text, not a number)',
    aliases: ['统一社会信用代码', '单位统一社会信用代码', '工作单位信用代码'],
  },
  {
    key: 'email',
    zh: '电子邮箱',
    en: 'email',
    isRequired: false,
    format: 'links the expert account with this e-mail, if there is one',
    aliases: ['邮箱', 'e-mail'],
  },
  {
    key: 'primaryField',
    zh: '主专业领域代码',
    en: 'primary field code',
    isRequired: true,
    format: 'a field code of the cycle, e.g. METROLOGY (or its Chinese name)',
    aliases: ['主专业领域', 'primary field'],
  },
  {
    key: 'secondaryFields',
    zh: '其他专业领域代码',
    en: 'secondary field codes',
    isRequired: false,
    format: 'field codes separated by ; or 、',
    aliases: ['其他专业领域', 'secondary fields'],
  },
  {
    key: 'maxLoad',
    zh: '每阶段最多评审数',
    en: 'max load',
    isRequired: false,
    format: 'a whole number from 1 to 200 (default 10)',
    aliases: ['评审上限', '最大评审量'],
  },
  {
    key: 'pastEmployers',
    zh: '曾任职单位',
    en: 'past employers',
    isRequired: false,
    format: 'credit code:end date (YYYY-MM-DD) pairs separated by ; or 、',
    aliases: ['过往任职单位'],
  },
] as const;

export type ColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

/** The template's header line: the Chinese name with the English one in brackets, both accepted alone. */
export const IMPORT_TEMPLATE_CSV = `${IMPORT_COLUMNS.map((column) => `${column.zh}(${column.en})`).join(',')}\r\n`;

/** A header as it is compared: bracketed notes, spaces, underscores, hyphens and asterisks left out. */
function normalizeHeader(header: string): string {
  return header
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s_\-*]/g, '')
    .toLowerCase();
}

const COLUMN_BY_HEADER = new Map<string, ColumnKey>(
  IMPORT_COLUMNS.flatMap((column) =>
    [column.zh, column.en, column.key, ...column.aliases].map((name) => [normalizeHeader(name), column.key]),
  ),
);

export interface HeaderProblem {
  field: string;
  message: string;
}

/** Where each known column is; unknown columns (notes and the like) are left alone. */
export function mapHeader(header: SheetCell[]): {
  columns: Map<ColumnKey, number>;
  problems: HeaderProblem[];
} {
  const columns = new Map<ColumnKey, number>();
  const problems: HeaderProblem[] = [];
  header.forEach((cell, index) => {
    const key = COLUMN_BY_HEADER.get(normalizeHeader(String(cell ?? '')));
    if (!key) return;
    if (columns.has(key))
      problems.push({ field: key, message: `the column "${String(cell)}" appears twice` });
    else columns.set(key, index);
  });
  for (const column of IMPORT_COLUMNS)
    if (column.isRequired && !columns.has(column.key))
      problems.push({ field: column.key, message: `the column ${column.zh} (${column.en}) is missing` });
  return { columns, problems };
}
