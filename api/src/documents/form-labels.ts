import { enumLabels, labelsIn } from '@award/schema/labels';
import type { Grade } from '../cycles/cycle.enums.js';
import type { IdDocumentType, IntellectualPropertyKind } from '../nominations/nomination.enums.js';

/** How the printed form names the values of the domain's enums: as the screens do (schema/labels). */
export const GRADE_ZH: Record<Grade, string> = labelsIn(enumLabels.Grade, 'zh');

export const ID_DOCUMENT_ZH: Record<IdDocumentType, string> = labelsIn(enumLabels.IdDocumentType, 'zh');

export const INTELLECTUAL_PROPERTY_ZH: Record<IntellectualPropertyKind, string> = labelsIn(
  enumLabels.IntellectualPropertyKind,
  'zh',
);

/** 一 … 二十: the numbering of the form's sections. */
export function chineseNumeral(n: number): string {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return digits[n];
  return `${n >= 20 ? digits[Math.floor(n / 10)] : ''}十${digits[n % 10]}`;
}
