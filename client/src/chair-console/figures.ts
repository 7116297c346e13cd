import type { Grade } from '@award/schema/generated/graphql';

/** A score as the rules state them (two decimals), or a dash while there is none. */
export function formatScore(value: number | null | undefined): string {
  return value == null ? '—' : value.toFixed(2);
}

/** `part` of `whole` in whole percent, 0 when there is nothing to count. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((100 * part) / whole);
}

// RankingRow.recommendedGrade travels as a string; it is always one of the grades.
export function asGrade(value: string | null | undefined): Grade | null {
  return (value as Grade | null | undefined) ?? null;
}
