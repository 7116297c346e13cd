import type { SheetFact } from './compute-results.js';

const MIN_SHEETS = 3;
const meanOf = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const sdOf = (values: number[], mean: number) =>
  Math.sqrt(meanOf(values.map((value) => (value - mean) ** 2)));

/**
 * Severity adjustment (award-rules.md, Aggregation): each expert's totals standardised against that
 * expert's own mean and spread in the stage, then mapped back to points on the scale of all the stage's
 * totals: adjusted = μ + σ · (total − μₑ) / σₑ. A lenient expert's 90 and a severe expert's 80 can so
 * mean the same. An expert with fewer than three sheets says too little of its severity: its totals
 * stay as they are; one whose totals are all equal has no spread to divide by: they are shifted by the
 * difference of means. Clamped to 0–100.
 */
export function severityAdjustedTotals(sheets: SheetFact[]): Map<string, number> {
  const adjusted = new Map<string, number>();
  if (sheets.length === 0) return adjusted;
  const totals = sheets.map((sheet) => sheet.total);
  const mean = meanOf(totals);
  const sd = sdOf(totals, mean);
  const byExpert = new Map<string, SheetFact[]>();
  for (const sheet of sheets) byExpert.set(sheet.expertId, [...(byExpert.get(sheet.expertId) ?? []), sheet]);
  for (const own of byExpert.values()) {
    if (own.length < MIN_SHEETS) {
      for (const sheet of own) adjusted.set(sheet.sheetId, sheet.total);
      continue;
    }
    const ownTotals = own.map((sheet) => sheet.total);
    const ownMean = meanOf(ownTotals);
    const ownSd = sdOf(ownTotals, ownMean);
    for (const sheet of own) {
      const value =
        ownSd > 0 && sd > 0 ? mean + (sd * (sheet.total - ownMean)) / ownSd : mean + sheet.total - ownMean;
      adjusted.set(sheet.sheetId, Math.min(100, Math.max(0, value)));
    }
  }
  return adjusted;
}
