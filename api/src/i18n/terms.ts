import { enumLabels, type LabelLanguage, type LabelledEnum } from '@award/schema/labels';

/** The enums a refusal can name (states, windows, sections, roles), by the name the callers use. */
const ENUMS = {
  nominationStatus: 'NominationStatus',
  window: 'WindowKind',
  formSection: 'FormSection',
  submissionRequirement: 'SubmissionRequirement',
  grade: 'Grade',
  category: 'AwardCategory',
  role: 'Role',
  filePurpose: 'FilePurpose',
  assignmentStatus: 'AssignmentStatus',
  proposalStatus: 'ProposalStatus',
  conflictRule: 'ConflictRule',
} as const satisfies Record<string, LabelledEnum>;

export type TermKind = keyof typeof ENUMS;

/**
 * The name of one value as the screens show it (schema/labels): term('nominationStatus', 'RETURNED')
 * → 已退回. An unknown value is shown as it is.
 */
export function term(kind: TermKind, value: string, language: LabelLanguage = 'zh'): string {
  const labels: Record<string, { zh: string; en: string }> = enumLabels[ENUMS[kind]];
  return labels[value]?.[language] ?? value;
}

/** Several values, joined as lists are in each language: 一等奖、二等奖 / First prize, Second prize. */
export function terms(kind: TermKind, values: readonly string[], language: LabelLanguage = 'zh'): string {
  return values.map((value) => term(kind, value, language)).join(language === 'zh' ? '、' : ', ');
}
