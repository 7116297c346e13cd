/**
 * award-rules.md, What a nomination holds: the economic benefit by year "for the last three years",
 * the three full years before the cycle's (2021–2023 for the 2024 call).
 */
export const BENEFIT_YEAR_COUNT = 3;

export function benefitYearsOf(cycleYear: number): number[] {
  return Array.from({ length: BENEFIT_YEAR_COUNT }, (_, i) => cycleYear - BENEFIT_YEAR_COUNT + i);
}
