import { Grade } from '../cycles/cycle.enums.js';

/** The figures of award-rules.md, "Aggregation", computed from the totals of submitted sheets only. */
export interface TotalsAggregate {
  sheetCount: number;
  /** trimmed mean (drop the single highest and lowest) from `trimFromSheetCount` sheets on, else the plain mean */
  officialScore: number | null;
  plainMean: number | null;
  median: number | null;
  /** max − min of the totals */
  spread: number | null;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function aggregateTotals(totals: readonly number[], trimFromSheetCount: number): TotalsAggregate {
  if (totals.length === 0) {
    return { sheetCount: 0, officialScore: null, plainMean: null, median: null, spread: null };
  }
  const sorted = [...totals].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const isTrimmed = sorted.length >= trimFromSheetCount;
  return {
    sheetCount: sorted.length,
    officialScore: round2(mean(isTrimmed ? sorted.slice(1, -1) : sorted)),
    plainMean: round2(mean(sorted)),
    median: round2(median),
    spread: round2(sorted[sorted.length - 1] - sorted[0]),
  };
}

export interface GradeThresholds {
  firstGradeMinScore: number;
  secondGradeMinScore: number;
  thirdGradeMinScore: number;
}

/** The grade a preliminary score recommends, before quotas: ≥ 85 FIRST, ≥ 75 SECOND, ≥ 65 THIRD (defaults). */
export function gradeForScore(score: number, thresholds: GradeThresholds): Grade {
  if (score >= thresholds.firstGradeMinScore) return Grade.FIRST;
  if (score >= thresholds.secondGradeMinScore) return Grade.SECOND;
  if (score >= thresholds.thirdGradeMinScore) return Grade.THIRD;
  return Grade.NONE;
}
