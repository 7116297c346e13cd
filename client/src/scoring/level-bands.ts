import type { ScoreLevel } from '@award/schema/generated/graphql';

export interface LevelRange {
  level: ScoreLevel;
  minPercent: number;
  maxPercent: number;
}

/** The points a level allows on a criterion, in the half points a sheet takes. */
export interface PointBand {
  low: number;
  high: number;
}

/**
 * A level's points on a criterion (award-rules.md, Rubrics: A 90–100 %, B 75–89 %, C 60–74 %, D below
 * 60 %), as the server checks them on submission: from the level's lowest percent up to, not including,
 * the next level's lowest (a B of 30 points ends below 27), A up to the maximum. Counted in half points,
 * in integers, so that no rounding of percents moves a bound.
 */
export function pointBand(range: LevelRange, maxPoints: number): PointBand {
  const lowHalves = Math.ceil((range.minPercent * maxPoints * 2) / 100);
  const isTopLevel = range.maxPercent >= 100;
  const highHalves = isTopLevel
    ? maxPoints * 2
    : Math.ceil(((range.maxPercent + 1) * maxPoints * 2) / 100) - 1;
  return { low: lowHalves / 2, high: highHalves / 2 };
}

/** The points suggested when a level is chosen: the middle of its band, on a half point. */
export function bandMidpoint({ low, high }: PointBand): number {
  return Math.round(low + high) / 2;
}

export function isInBand(points: number, { low, high }: PointBand): boolean {
  return points >= low && points <= high;
}

/** Points a draft may hold: whole or half points between 0 and the criterion's maximum. */
export function isValidPoints(points: number, maxPoints: number): boolean {
  return Number.isFinite(points) && points >= 0 && points <= maxPoints && Number.isInteger(points * 2);
}

/** Every level's band on a criterion, by level. */
export function bandsOf(levels: readonly LevelRange[], maxPoints: number): Record<ScoreLevel, PointBand> {
  return Object.fromEntries(levels.map((range) => [range.level, pointBand(range, maxPoints)])) as Record<
    ScoreLevel,
    PointBand
  >;
}
