import { auditLabels } from './audit-labels.js';
import type { LabelLanguage } from './label.js';
import { nominationLabels } from './nomination-labels.js';
import { reviewLabels } from './review-labels.js';

export { type Label, type LabelLanguage, labelsIn } from './label.js';

/**
 * The label of every value of every GraphQL enum a person is shown, by enum name as schema.graphql
 * spells it: the one place both the API (refusals, mails, exports) and the client take them from.
 */
export const enumLabels = { ...nominationLabels, ...reviewLabels, ...auditLabels };

export type LabelledEnum = keyof typeof enumLabels;

/** One value's label: enumLabel('NominationStatus', 'RETURNED', 'zh') → 已退回. */
export function enumLabel<E extends LabelledEnum>(
  name: E,
  value: keyof (typeof enumLabels)[E] & string,
  language: LabelLanguage,
): string {
  const labels: Record<string, { zh: string; en: string }> = enumLabels[name];
  return labels[value][language];
}
