import type { LevelSeed } from './types.js';

/** award-rules.md, Rubrics: A 90–100 %, B 75–89 %, C 60–74 %, D below 60 % of a criterion's points. */
export const LEVEL_BANDS = [
  { level: 'A', minPercent: 90, maxPercent: 100 },
  { level: 'B', minPercent: 75, maxPercent: 89 },
  { level: 'C', minPercent: 60, maxPercent: 74 },
  { level: 'D', minPercent: 0, maxPercent: 59 },
] as const;

type FourDescriptors = readonly [a: string, b: string, c: string, d: string];

/** The four level descriptors of a criterion, best first, in Chinese and in English. */
export function levels(zh: FourDescriptors, en: FourDescriptors): LevelSeed[] {
  return LEVEL_BANDS.map((band, i) => ({ ...band, descriptorZh: zh[i], descriptorEn: en[i] }));
}
