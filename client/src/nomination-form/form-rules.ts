import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

/**
 * The form's character limits (award-rules.md, What a nomination holds). The server holds the rule
 * (api/src/nominations/nomination-form-rules.ts) and refuses more; here they count down as the user types
 * and keep an over-long text from being sent.
 */
export const textLimits = {
  projectName: 30,
  objectiveEvaluation: 300,
  innovation: 500,
  summary: 1200,
  economicBasis: 2000,
  socialBenefit: 2000,
  nominatorOpinion: 1000,
} as const;

/** Characters as the server counts them: code points, so a rare character beyond the BMP counts once. */
export const characterCount = (text: string) => [...text].length;

type T = TFunction<'nominationForm'>;

export function requiredRule(t: T, field: string): FormRule {
  return { required: true, whitespace: true, message: t('required', { field }) };
}

export function lengthRule(t: T, field: string, max: number): FormRule {
  return {
    validator: async (_, value: unknown) => {
      if (typeof value === 'string' && characterCount(value) > max)
        throw new Error(t('tooLong', { field, max }));
    },
  };
}

/** The input's counter, counting as the server does. */
export const counted = (max: number) => ({ show: true, max, strategy: characterCount });
