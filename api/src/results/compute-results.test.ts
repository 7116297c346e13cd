import { describe, expect, it } from 'vitest';
import { AwardCategory, Grade } from '../cycles/cycle.enums.js';
import {
  computeResults,
  type NominationFact,
  type ResultSettings,
  type SheetFact,
} from './compute-results.js';
import { severityAdjustedTotals } from './severity.js';

const settings: ResultSettings = {
  trimFromSheetCount: 5,
  disagreementSpread: 25,
  firstGradeMinScore: 85,
  secondGradeMinScore: 75,
  thirdGradeMinScore: 65,
  quotas: { INVENTION: { FIRST: 1, SECOND: 1, THIRD: 5 }, PROGRESS: { FIRST: 1, SECOND: 1, THIRD: 1 } },
};
const criteria = [
  { id: 'c1', code: 'C1', maxPoints: 60 },
  { id: 'c2', code: 'C2', maxPoints: 40 },
];
/** A nomination waiting for `assignedCount` sheets: by default one, so any sheet completes it. */
const nomination = (id: string, category = AwardCategory.INVENTION, assignedCount = 1): NominationFact => ({
  id,
  category,
  assignedCount,
  criteria,
});
let sequence = 0;
/** A sheet whose points split its total 60/40 between the two criteria. */
function sheet(nominationId: string, total: number, expertId = `e${sequence}`, at = sequence): SheetFact {
  sequence += 1;
  return {
    sheetId: `s${String(sequence).padStart(3, '0')}`,
    nominationId,
    expertId,
    total,
    submittedAt: at,
    points: { c1: total * 0.6, c2: total * 0.4 },
  };
}

describe('the results of a stage', () => {
  it('drops the single highest and lowest total from five sheets on, and says which', () => {
    const sheets = [80, 90, 70, 85, 75].map((total) => sheet('N1', total));
    const [result] = computeResults([nomination('N1')], sheets, settings);
    expect(result).toMatchObject({ sheetCount: 5, officialScore: 80, plainMean: 80, median: 80, spread: 20 });
    const trimmed = result.sheetFigures.filter((figure) => figure.isTrimmed).map((figure) => figure.sheetId);
    expect(trimmed.sort()).toEqual([sheets[1].sheetId, sheets[2].sheetId].sort());
    const [four] = computeResults(
      [nomination('N2')],
      [60, 90, 70, 88].map((total) => sheet('N2', total)),
      settings,
    );
    expect(four).toMatchObject({ officialScore: 77, plainMean: 77, median: 79 });
    expect(four.sheetFigures.some((figure) => figure.isTrimmed)).toBe(false);
  });

  it('trims one highest and one lowest of seven, and only one of equal extremes', () => {
    const seven = [70, 72, 74, 76, 78, 80, 90].map((total) => sheet('N7', total));
    const [result] = computeResults([nomination('N7')], seven, settings);
    expect(result.officialScore).toBe(76);
    expect(
      result.sheetFigures
        .filter((figure) => figure.isTrimmed)
        .map((figure) => figure.total)
        .sort(),
    ).toEqual([70, 90]);
    // Five equal totals: one of each end still goes (the first and last by sheet id), the score is the same.
    const equal = [80, 80, 80, 80, 80].map((total) => sheet('NE', total));
    const [flat] = computeResults([nomination('NE')], equal, settings);
    expect(flat).toMatchObject({
      officialScore: 80,
      plainMean: 80,
      median: 80,
      spread: 0,
      hasDisagreement: false,
    });
    expect(flat.sheetFigures.filter((figure) => figure.isTrimmed).map((figure) => figure.sheetId)).toEqual([
      equal[0].sheetId,
      equal[4].sheetId,
    ]);
  });

  it('flags a spread of totals above 25 points, or a criterion spread above half its points', () => {
    const [wide] = computeResults(
      [nomination('N1')],
      [60, 86].map((total) => sheet('N1', total)),
      settings,
    );
    expect(wide.hasDisagreement).toBe(true);
    const criterionSplit: SheetFact[] = [
      { ...sheet('N2', 70), points: { c1: 55, c2: 15 } },
      { ...sheet('N2', 70), points: { c1: 30, c2: 40 } },
    ];
    const [split] = computeResults([nomination('N2')], criterionSplit, settings);
    expect(split.spread).toBe(0);
    expect(split.criterionMeans).toEqual([
      { criterionId: 'c1', code: 'C1', mean: 42.5, spread: 25, maxPoints: 60, isDisagreement: false },
      { criterionId: 'c2', code: 'C2', mean: 27.5, spread: 25, maxPoints: 40, isDisagreement: true },
    ]);
    expect(split.hasDisagreement).toBe(true);
  });

  it('ranks per category, ties broken by the higher median then the earlier submission, and marked', () => {
    const sheets = [
      sheet('A', 80, 'x', 5),
      sheet('A', 80, 'y', 6),
      sheet('B', 90, 'x', 1),
      sheet('B', 70, 'y', 2),
      sheet('C', 80, 'x', 0),
      sheet('C', 80, 'y', 1),
      sheet('P', 50, 'x', 1),
    ];
    const results = computeResults(
      [nomination('A'), nomination('B'), nomination('C'), nomination('P', AwardCategory.PROGRESS)],
      sheets,
      settings,
    );
    const of = (id: string) => results.find((result) => result.nominationId === id);
    // All three average 80 with a median of 80: the earliest last submission first (C at 1, B at 2, A at 6).
    expect([of('C')?.rank, of('B')?.rank, of('A')?.rank]).toEqual([1, 2, 3]);
    expect(
      results
        .filter((result) => result.isTied)
        .map((result) => result.nominationId)
        .sort(),
    ).toEqual(['A', 'B', 'C']);
    expect(of('P')).toMatchObject({ rank: 1, isTied: false, scoreGrade: Grade.NONE });
  });

  it('cuts the recommended grades to the quotas in rank order', () => {
    const sheets = [95, 92, 88, 70, 40].map((total, i) => sheet(`N${i}`, total));
    const results = computeResults(
      sheets.map((s) => nomination(s.nominationId)),
      sheets,
      settings,
    );
    expect(results.map((result) => [result.scoreGrade, result.recommendedGrade])).toEqual([
      [Grade.FIRST, Grade.FIRST],
      [Grade.FIRST, Grade.SECOND],
      [Grade.FIRST, Grade.THIRD],
      [Grade.THIRD, Grade.THIRD],
      [Grade.NONE, Grade.NONE],
    ]);
  });

  it('gives an incomplete nomination a provisional place but no grade, and no quota place', () => {
    // One sheet of five is in for N0: its 95 ranks it first, but FIRST's one place goes to N1.
    const sheets = [sheet('N0', 95), ...[90, 90, 90].map((total) => sheet('N1', total))];
    const results = computeResults(
      [nomination('N0', AwardCategory.INVENTION, 5), nomination('N1', AwardCategory.INVENTION, 3)],
      sheets,
      settings,
    );
    expect(results).toMatchObject([
      {
        nominationId: 'N0',
        sheetCount: 1,
        assignedCount: 5,
        isComplete: false,
        rank: 1,
        recommendedGrade: null,
      },
      {
        nominationId: 'N1',
        sheetCount: 3,
        assignedCount: 3,
        isComplete: true,
        rank: 2,
        recommendedGrade: Grade.FIRST,
      },
    ]);
  });

  it("adjusts for an expert's severity against its own mean and spread", () => {
    // The severe expert gives 10 less than the lenient one on the same three nominations.
    const sheets = ['N1', 'N2', 'N3'].flatMap((id, i) => [
      sheet(id, 90 - i * 5, 'lenient'),
      sheet(id, 80 - i * 5, 'severe'),
    ]);
    const adjusted = severityAdjustedTotals(sheets);
    for (const id of ['N1', 'N2', 'N3']) {
      const [lenient, severe] = sheets
        .filter((s) => s.nominationId === id)
        .map((s) => adjusted.get(s.sheetId) as number);
      expect(lenient).toBeCloseTo(severe, 6);
    }
    const lone = sheet('N4', 50, 'once');
    expect(severityAdjustedTotals([lone]).get(lone.sheetId)).toBe(50);
  });

  it('leaves a nomination without submitted sheets unranked', () => {
    const [result] = computeResults([nomination('N9')], [], settings);
    expect(result).toMatchObject({ sheetCount: 0, officialScore: null, rank: null, recommendedGrade: null });
  });
});
