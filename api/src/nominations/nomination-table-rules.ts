import { badInput } from '../errors.js';
import type {
  ApplicationRecordInput,
  EconomicBenefitInput,
  IntellectualPropertyInput,
} from './nomination-draft.types.js';
import { assertDate, assertLength } from './nomination-form-rules.js';

function assertFilled(field: string, text: string, max: number): void {
  if (text.trim() === '') throw badInput(field, { en: 'is required', zh: '必须填写' });
  assertLength(field, text, max);
}

/** 推广应用情况: each row names its user, what was applied, when, a contact and the benefit. */
export function assertApplications(rows: ApplicationRecordInput[]): void {
  rows.forEach((row, i) => {
    const at = (field: string) => `applications[${i}].${field}`;
    assertFilled(at('userOrganization'), row.userOrganization, 200);
    assertFilled(at('technologyApplied'), row.technologyApplied, 1000);
    assertFilled(at('period'), row.period, 50);
    assertFilled(at('contact'), row.contact, 100);
    assertFilled(at('benefit'), row.benefit, 1000);
  });
}

/** The database keeps 14 digits with 2 decimals (万元). */
const MAX_AMOUNT = 1e12;
const AMOUNTS = ['newSales', 'newProfit', 'newTax', 'foreignExchange', 'savings'] as const;

/**
 * 经济效益: figures in 万元 for the years the cycle asks for, each year once; only profit may be a loss.
 * A draft may hold fewer years than asked; completeness asks for all of them.
 */
export function assertEconomicBenefits(rows: EconomicBenefitInput[], benefitYears: number[]): void {
  const seen = new Set<number>();
  rows.forEach((row, i) => {
    const at = (field: string) => `economicBenefits[${i}].${field}`;
    if (!benefitYears.includes(row.year)) {
      throw badInput(at('year'), {
        en: `one of ${benefitYears.join(', ')} (the three years before the cycle)`,
        zh: `应为 ${benefitYears.join('、')} 年之一（评选年度前三年）`,
      });
    }
    if (seen.has(row.year))
      throw badInput(at('year'), { en: `${row.year} is listed twice`, zh: `${row.year} 年重复填写` });
    seen.add(row.year);
    for (const amount of AMOUNTS) {
      const value = row[amount];
      if (!Number.isFinite(value) || Math.abs(value) >= MAX_AMOUNT) {
        throw badInput(at(amount), {
          en: 'a number of 万元 below 10¹²',
          zh: '应为小于 10¹² 的数值（单位：万元）',
        });
      }
      if (amount !== 'newProfit' && value < 0)
        throw badInput(at(amount), { en: 'cannot be negative', zh: '不能为负数' });
      if (Math.round(value * 100) !== value * 100)
        throw badInput(at(amount), { en: 'at most two decimals', zh: '最多保留两位小数' });
    }
  });
}

/** 知识产权: each entry with its title, number and holder; a grant date, when given, as YYYY-MM-DD. */
export function assertIntellectualProperty(rows: IntellectualPropertyInput[]): void {
  rows.forEach((row, i) => {
    const at = (field: string) => `intellectualProperty[${i}].${field}`;
    assertFilled(at('title'), row.title, 300);
    assertFilled(at('number'), row.number, 100);
    assertFilled(at('holder'), row.holder, 200);
    assertDate(at('grantedOn'), row.grantedOn);
  });
  const numbers = rows.map((row) => `${row.kind}:${row.number.trim()}`);
  if (new Set(numbers).size !== numbers.length)
    throw badInput('intellectualProperty', { en: 'an entry is listed twice', zh: '同一条目重复填写' });
}
