import {
  enumLabel,
  enumLabels,
  type Label,
  type LabelLanguage,
  type LabelledEnum,
  labelsIn,
} from '@award/schema/labels';
import type { Language } from './language';

function labelLanguage(language: Language): LabelLanguage {
  return language === 'zh-CN' ? 'zh' : 'en';
}

/**
 * An enum's labels in one UI language, from the labels the API shows too (schema/labels), for a
 * feature's message catalogue: `status: enumMessages('NominationStatus', 'zh-CN')`.
 */
export function enumMessages<E extends LabelledEnum>(
  name: E,
  language: Language,
): Record<keyof (typeof enumLabels)[E] & string, string> {
  // Each enum's record holds a Label per value; TypeScript cannot see that through the generic index.
  const labels = enumLabels[name] as Record<keyof (typeof enumLabels)[E] & string, Label>;
  return labelsIn(labels, labelLanguage(language));
}

/** One value's label in the UI language; a value the client does not know yet shows as it is. */
export function labelOf(name: LabelledEnum, value: string, language: Language): string {
  const labels: Record<string, unknown> = enumLabels[name];
  return value in labels ? enumLabel(name, value as never, labelLanguage(language)) : value;
}
