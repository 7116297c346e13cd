import { Grade } from '../cycles/cycle.enums.js';
import { IdDocumentType, IntellectualPropertyKind } from '../nominations/nomination.enums.js';

/** How the printed form names the values of the domain's enums (award-rules.md, Glossary). */
export const GRADE_ZH: Record<Grade, string> = {
  [Grade.FIRST]: '一等奖',
  [Grade.SECOND]: '二等奖',
  [Grade.THIRD]: '三等奖',
  [Grade.NONE]: '不授奖',
};

export const ID_DOCUMENT_ZH: Record<IdDocumentType, string> = {
  [IdDocumentType.RESIDENT_ID]: '居民身份证',
  [IdDocumentType.PASSPORT]: '护照',
  [IdDocumentType.OTHER]: '其他证件',
};

export const INTELLECTUAL_PROPERTY_ZH: Record<IntellectualPropertyKind, string> = {
  [IntellectualPropertyKind.INVENTION_PATENT]: '发明专利',
  [IntellectualPropertyKind.UTILITY_PATENT]: '实用新型专利',
  [IntellectualPropertyKind.SOFTWARE_COPYRIGHT]: '软件著作权',
  [IntellectualPropertyKind.STANDARD]: '标准',
  [IntellectualPropertyKind.PAPER]: '论文',
  [IntellectualPropertyKind.OTHER]: '其他',
};

/** 一 … 二十: the numbering of the form's sections. */
export function chineseNumeral(n: number): string {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return digits[n];
  return `${n >= 20 ? digits[Math.floor(n / 10)] : ''}十${digits[n % 10]}`;
}
