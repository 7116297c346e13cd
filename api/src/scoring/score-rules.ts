import { badInput } from '../errors.js';
import type { LevelDescriptor } from './level-descriptor.entity.js';
import { ScoreLevel } from './score-level.js';

/**
 * Defaults of the score sheet's rules (not in the notice; the issue's): each criterion's comment and
 * the overall opinion need some substance, and a total at either extreme a longer justification,
 * since it weighs most on the trimmed mean.
 */
export const SHEET_RULES = {
  commentMin: 10,
  commentMax: 1000,
  opinionMin: 20,
  opinionMax: 3000,
  extremeHigh: 90,
  extremeLow: 60,
  extremeOpinionMin: 100,
} as const;

/** Points are whole or half points, within the criterion's maximum. */
export function assertPointsInRange(field: string, points: number, maxPoints: number): void {
  if (!Number.isFinite(points) || points < 0 || points > maxPoints) {
    throw badInput(field, {
      en: `points between 0 and ${maxPoints}`,
      zh: `得分应在 0 至 ${maxPoints} 分之间`,
    });
  }
  if (Math.round(points * 2) !== points * 2)
    throw badInput(field, { en: 'whole or half points', zh: '得分应为整数或半分' });
}

/**
 * Whether points fall in a level's band (award-rules.md, Rubrics: A 90–100 %, B 75–89 %, C 60–74 %,
 * D below 60 %): from its lowest percent up to, not including, the next band's lowest.
 */
export function isWithinLevel(points: number, maxPoints: number, descriptor: LevelDescriptor): boolean {
  const percent = (points / maxPoints) * 100;
  if (percent < descriptor.minPercent) return false;
  return descriptor.level === ScoreLevel.A ? percent <= 100 : percent < descriptor.maxPercent + 1;
}

export const characters = (text: string) => [...text.trim()].length;
