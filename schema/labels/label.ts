/** The two languages of the platform: Chinese first, English second. */
export type LabelLanguage = 'zh' | 'en';

/** What a person reads for one value, in both languages. */
export interface Label {
  zh: string;
  en: string;
}

/**
 * One label for each value of an enum, keyed by the value as schema.graphql spells it; labels.test.ts
 * checks every enum of the schema against them, so a new value without its label fails the test.
 */
export type Labels = Record<string, Label>;

/** The labels of an enum in one language, e.g. for a message catalogue: { RETURNED: '已退回', … }. */
export function labelsIn<Value extends string>(
  labels: Record<Value, Label>,
  language: LabelLanguage,
): Record<Value, string> {
  return Object.fromEntries(
    Object.entries<Label>(labels).map(([value, label]) => [value, label[language]]),
  ) as Record<Value, string>;
}
