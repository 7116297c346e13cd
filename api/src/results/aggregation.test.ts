import { describe, expect, it } from 'vitest';
import { Grade } from '../cycles/cycle.enums.js';
import { aggregateTotals, gradeForScore } from './aggregation.js';

describe('aggregateTotals', () => {
  it('drops the single highest and lowest total from five sheets on', () => {
    expect(aggregateTotals([70, 90, 80, 60, 85], 5)).toEqual({
      sheetCount: 5,
      officialScore: 78.33,
      plainMean: 77,
      median: 80,
      spread: 30,
    });
  });

  it('takes the plain mean below five sheets', () => {
    expect(aggregateTotals([70, 90, 80, 60], 5)).toMatchObject({
      officialScore: 75,
      plainMean: 75,
      median: 75,
    });
  });

  it('drops only one of equal extreme totals', () => {
    expect(aggregateTotals([80, 80, 80, 90, 90], 5).officialScore).toBe(83.33);
  });

  it('has no figures without a submitted sheet', () => {
    expect(aggregateTotals([], 5)).toEqual({
      sheetCount: 0,
      officialScore: null,
      plainMean: null,
      median: null,
      spread: null,
    });
  });
});

describe('gradeForScore', () => {
  const thresholds = { firstGradeMinScore: 85, secondGradeMinScore: 75, thirdGradeMinScore: 65 };

  it.each([
    [85, Grade.FIRST],
    [84.99, Grade.SECOND],
    [75, Grade.SECOND],
    [74.9, Grade.THIRD],
    [65, Grade.THIRD],
    [64.99, Grade.NONE],
  ])('grades %d as %s', (score, grade) => {
    expect(gradeForScore(score, thresholds)).toBe(grade);
  });
});
