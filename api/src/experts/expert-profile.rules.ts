import { DomainError } from '../errors.js';
import { fieldLabel } from '../i18n/field-labels.js';
import { ConflictSource } from './expert-conflict.entity.js';

/** An expert's profile as the rules see it, with every reference already an id. */
export interface ExpertProfile {
  name: string;
  title: string;
  employerId: string | null;
  accountId: string | null;
  idDocumentNumber: string | null;
  maxLoad: number;
  isAvailable: boolean;
  fields: { fieldId: string; isPrimary: boolean }[];
  employments: { organizationId: string; startedOn: string | null; endedOn: string }[];
  conflicts: {
    source: ConflictSource;
    organizationId: string | null;
    nominationId: string | null;
    reason: string;
  }[];
}

/** What is wrong with one part of the input: `field` is its path, e.g. `fields[1].isPrimary`. */
export interface Problem {
  field: string;
  message: string;
  /** The message in Chinese, for the refusal and its `problems`; the import's report keeps the English. */
  zh?: string;
}

export const MAX_LOAD_RANGE = { min: 1, max: 200 } as const;
export const DEFAULT_MAX_LOAD = 10;
const LIMITS = { name: 50, title: 100, idDocumentNumber: 40, reason: 500 } as const;

const characters = (text: string) => [...text].length;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return ISO_DATE.test(value) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

function text(problems: Problem[], field: keyof typeof LIMITS, value: string, isRequired: boolean): void {
  if (isRequired && value.trim() === '') problems.push({ field, message: 'is required', zh: '必须填写' });
  else if (characters(value) > LIMITS[field])
    problems.push({
      field,
      message: `at most ${LIMITS[field]} characters (has ${characters(value)})`,
      zh: `最多 ${LIMITS[field]} 个字符（当前 ${characters(value)} 个）`,
    });
}

/**
 * The rules of a profile that need no database (issue 5, Expert pool): fields of expertise with exactly
 * one primary and none twice; a load cap per stage of 1 to 200; past employments with real dates, ended
 * after they started; conflicts with a target and a reason, an appraisal or acceptance signed being
 * always a named nomination's (award-rules.md, Conflicts of interest).
 */
export function profileProblems(profile: ExpertProfile): Problem[] {
  const problems: Problem[] = [];
  text(problems, 'name', profile.name, true);
  text(problems, 'title', profile.title, true);
  if (profile.idDocumentNumber != null) text(problems, 'idDocumentNumber', profile.idDocumentNumber, false);
  if (
    !Number.isInteger(profile.maxLoad) ||
    profile.maxLoad < MAX_LOAD_RANGE.min ||
    profile.maxLoad > MAX_LOAD_RANGE.max
  ) {
    problems.push({
      field: 'maxLoad',
      message: `a whole number from ${MAX_LOAD_RANGE.min} to ${MAX_LOAD_RANGE.max} (is ${profile.maxLoad})`,
      zh: `应为 ${MAX_LOAD_RANGE.min} 至 ${MAX_LOAD_RANGE.max} 的整数（当前为 ${profile.maxLoad}）`,
    });
  }
  problems.push(...fieldProblems(profile.fields));
  profile.employments.forEach((employment, i) => {
    const at = (part: string) => `employments[${i}].${part}`;
    if (employment.startedOn != null && !isIsoDate(employment.startedOn))
      problems.push({
        field: at('startedOn'),
        message: `a date as YYYY-MM-DD (is "${employment.startedOn}")`,
        zh: `应为日期，格式为 YYYY-MM-DD（当前为“${employment.startedOn}”）`,
      });
    if (!isIsoDate(employment.endedOn))
      problems.push({
        field: at('endedOn'),
        message: `a date as YYYY-MM-DD (is "${employment.endedOn}")`,
        zh: `应为日期，格式为 YYYY-MM-DD（当前为“${employment.endedOn}”）`,
      });
    else if (employment.startedOn != null && employment.startedOn > employment.endedOn)
      problems.push({ field: at('endedOn'), message: 'ends before it started', zh: '不能早于起始日期' });
  });
  profile.conflicts.forEach((conflict, i) => {
    const at = (part: string) => `conflicts[${i}].${part}`;
    if (conflict.reason.trim() === '')
      problems.push({ field: at('reason'), message: 'is required', zh: '必须填写' });
    else if (characters(conflict.reason) > LIMITS.reason)
      problems.push({
        field: at('reason'),
        message: `at most ${LIMITS.reason} characters`,
        zh: `最多 ${LIMITS.reason} 个字符`,
      });
    if (conflict.organizationId != null && conflict.nominationId != null)
      problems.push({
        field: at('organizationId'),
        message: 'name an organization or a nomination, not both',
        zh: '单位和提名项目只能指定其一',
      });
    else if (
      conflict.source === ConflictSource.SIGNED_APPRAISAL_OR_ACCEPTANCE &&
      conflict.nominationId == null
    )
      problems.push({
        field: at('nominationId'),
        message: 'name the nomination whose appraisal or acceptance was signed',
        zh: '请指定曾签署其鉴定或验收意见的提名项目',
      });
    else if (conflict.organizationId == null && conflict.nominationId == null)
      problems.push({
        field: at('organizationId'),
        message: 'name the organization or the nomination in conflict',
        zh: '请指定存在回避关系的单位或提名项目',
      });
  });
  return problems;
}

function fieldProblems(fields: ExpertProfile['fields']): Problem[] {
  const problems: Problem[] = [];
  const primaries = fields.filter((field) => field.isPrimary).length;
  if (fields.length === 0)
    problems.push({
      field: 'fields',
      message: 'give at least the primary field',
      zh: '至少填写主要专业领域',
    });
  else if (primaries !== 1)
    problems.push({
      field: 'fields',
      message: `exactly one primary field (has ${primaries})`,
      zh: `应有且只有一个主要专业领域（当前 ${primaries} 个）`,
    });
  const seen = new Set<string>();
  fields.forEach((field, i) => {
    if (seen.has(field.fieldId))
      problems.push({
        field: `fields[${i}].fieldId`,
        message: 'this field is listed twice',
        zh: '专业领域重复填写',
      });
    seen.add(field.fieldId);
  });
  return problems;
}

/** The first problem as the error a mutation answers with. */
export function assertNoProblems(problems: Problem[]): void {
  const [first] = problems;
  if (first)
    throw new DomainError(
      'BAD_USER_INPUT',
      {
        en: `${first.field}: ${first.message}`,
        zh: `${fieldLabel(first.field)}：${first.zh ?? first.message}`,
      },
      {
        field: first.field,
        problems: problems.map(({ field, message, zh }) => ({
          field,
          message: { en: message, zh: zh ?? message },
        })),
      },
    );
}
