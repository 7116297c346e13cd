import { Grade } from '../cycles/cycle.enums.js';
import { badInput } from '../errors.js';
import { term } from '../i18n/terms.js';
import { IdDocumentType } from './nomination.enums.js';
import type { CompleterInput, NominationDraftInput } from './nomination-draft.types.js';
import { assertApplications, assertIntellectualProperty } from './nomination-table-rules.js';

/** Character limits of the form's text (award-rules.md, What a nomination holds); counted in characters. */
export const TEXT_LIMITS = {
  projectName: 30,
  objectiveEvaluation: 300,
  innovation: 500,
  // "≤ 1 page": about 1,200 Chinese characters at the form's type size.
  summary: 1200,
  economicBasis: 2000,
  socialBenefit: 2000,
  nominatorOpinion: 1000,
} as const;

const characters = (text: string) => [...text].length;

export function assertLength(field: string, text: string | null | undefined, max: number): void {
  if (text != null && characters(text) > max) {
    throw badInput(field, {
      en: `at most ${max} characters (has ${characters(text)})`,
      zh: `最多 ${max} 个字符（当前 ${characters(text)} 个）`,
    });
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function assertDate(field: string, value: string | null | undefined): void {
  if (value == null) return;
  const parsed = new Date(`${value}T00:00:00Z`);
  if (
    !ISO_DATE.test(value) ||
    Number.isNaN(parsed.getTime()) ||
    parsed.toISOString().slice(0, 10) !== value
  ) {
    throw badInput(field, { en: 'a date as YYYY-MM-DD', zh: '应为日期，格式为 YYYY-MM-DD' });
  }
}

/** GB 11643: the 18th character of a resident identity number checks the other 17. */
export function isResidentIdValid(number: string): boolean {
  if (!/^\d{17}[\dX]$/.test(number)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(number[i]), 0);
  return '10X98765432'[sum % 11] === number[17];
}

function assertCompleter(completer: CompleterInput, index: number): void {
  const at = (field: string) => `completers[${index}].${field}`;
  if (completer.name.trim() === '') throw badInput(at('name'), { en: 'is required', zh: '必须填写' });
  assertLength(at('name'), completer.name, 50);
  assertLength(at('employer'), completer.employer, 200);
  assertLength(at('title'), completer.title, 100);
  if (
    completer.idDocumentType === IdDocumentType.RESIDENT_ID &&
    !isResidentIdValid(completer.idDocumentNumber)
  ) {
    throw badInput(at('idDocumentNumber'), {
      en: 'not a valid resident identity number (check character)',
      zh: '不是有效的居民身份证号码（校验码不符）',
    });
  }
  assertLength(at('idDocumentNumber'), completer.idDocumentNumber, 40);
}

/** Every rule one field or list of a draft must keep on its own; limits that depend on the grade come after. */
export function assertDraftFields(input: NominationDraftInput): void {
  if (input.projectName !== undefined && input.projectName.trim() === '')
    throw badInput('projectName', { en: 'is required', zh: '必须填写' });
  for (const field of Object.keys(TEXT_LIMITS) as (keyof typeof TEXT_LIMITS)[]) {
    if (field !== 'innovation') assertLength(field, input[field], TEXT_LIMITS[field]);
  }
  input.innovations?.forEach((text, i) => {
    if (text.trim() === '') throw badInput(`innovations[${i}]`, { en: 'is empty', zh: '不能为空' });
    assertLength(`innovations[${i}]`, text, TEXT_LIMITS.innovation);
  });
  assertDate('startDate', input.startDate);
  assertDate('endDate', input.endDate);
  for (const field of ['inventionPatentCount', 'otherIpCount'] as const) {
    const count = input[field];
    if (count != null && count < 0) throw badInput(field, { en: 'cannot be negative', zh: '不能为负数' });
  }
  if (input.proposedGrade === Grade.NONE)
    throw badInput('proposedGrade', {
      en: 'FIRST, SECOND or THIRD, or null',
      zh: '应为一等奖、二等奖或三等奖，或不填',
    });
  input.completers?.forEach(assertCompleter);
  const numbers = input.completers?.map((completer) => completer.idDocumentNumber) ?? [];
  if (new Set(numbers).size !== numbers.length)
    throw badInput('completers', { en: 'a person is listed twice', zh: '同一人员重复填写' });
  const organizations = input.completingOrganizationIds ?? [];
  if (new Set(organizations).size !== organizations.length)
    throw badInput('completingOrganizationIds', {
      en: 'an organization is listed twice',
      zh: '同一单位重复填写',
    });
  if (input.applications) assertApplications(input.applications);
  if (input.intellectualProperty) assertIntellectualProperty(input.intellectualProperty);
}

/** Once a save is applied: the project cannot end before it starts. */
export function assertDatesInOrder(draft: { startDate?: string | null; endDate?: string | null }): void {
  if (draft.startDate && draft.endDate && draft.endDate < draft.startDate) {
    throw badInput('endDate', { en: 'cannot be before startDate', zh: '不能早于项目起始日期' });
  }
}

/** Once a save is applied: the credited people and organizations within the proposed grade's limits. */
export function assertWithinCreditLimits(
  counts: { completers: number; organizations: number },
  limit: { grade: Grade; maxCompleters: number; maxOrganizations: number },
): void {
  if (counts.completers > limit.maxCompleters) {
    throw badInput('completers', {
      en: `at most ${limit.maxCompleters} for a ${term('grade', limit.grade, 'en')} (has ${counts.completers})`,
      zh: `申报${term('grade', limit.grade)}最多 ${limit.maxCompleters} 人（当前 ${counts.completers} 人）`,
    });
  }
  if (counts.organizations > limit.maxOrganizations) {
    throw badInput('completingOrganizationIds', {
      en: `at most ${limit.maxOrganizations} for a ${term('grade', limit.grade, 'en')} (has ${counts.organizations})`,
      zh: `申报${term('grade', limit.grade)}最多 ${limit.maxOrganizations} 家（当前 ${counts.organizations} 家）`,
    });
  }
}
