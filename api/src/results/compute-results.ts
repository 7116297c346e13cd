import { type AwardCategory, Grade } from '../cycles/cycle.enums.js';
import { aggregateTotals, type GradeThresholds, gradeForScore } from './aggregation.js';
import { rankByScore } from './ranking.js';
import { severityAdjustedTotals } from './severity.js';

/** A submitted sheet, as the aggregation sees it. */
export interface SheetFact {
  sheetId: string;
  nominationId: string;
  expertId: string;
  total: number;
  submittedAt: number;
  /** points per criterion id */
  points: Record<string, number>;
}

export interface NominationFact {
  id: string;
  category: AwardCategory;
  /** its reviews still active (neither declined nor recused): the sheets it waits for */
  assignedCount: number;
  /** the criteria of its sheets' rubric, for the per-criterion means and spreads */
  criteria: { id: string; code: string; maxPoints: number }[];
}

export interface ResultSettings extends GradeThresholds {
  trimFromSheetCount: number;
  disagreementSpread: number;
  quotas: Record<AwardCategory, Record<'FIRST' | 'SECOND' | 'THIRD', number>>;
}

export interface CriterionMean {
  criterionId: string;
  code: string;
  mean: number;
  spread: number;
  maxPoints: number;
  isDisagreement: boolean;
}

export interface SheetFigure {
  sheetId: string;
  total: number;
  adjustedTotal: number;
  isTrimmed: boolean;
}

export interface ComputedResult {
  nominationId: string;
  sheetCount: number;
  assignedCount: number;
  /** every active review's sheet is counted: until then its rank is provisional and it gets no grade */
  isComplete: boolean;
  officialScore: number | null;
  plainMean: number | null;
  median: number | null;
  severityAdjusted: number | null;
  spread: number | null;
  criterionMeans: CriterionMean[];
  hasDisagreement: boolean;
  /** each counted sheet, and whether the trimmed mean dropped it (the single highest and lowest total) */
  sheetFigures: SheetFigure[];
  rank: number | null;
  isTied: boolean;
  /** the grade the score reaches, before quotas */
  scoreGrade: Grade | null;
  /** after the category's quotas, in rank order */
  recommendedGrade: Grade | null;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const meanOf = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const GRADES_DOWN: Grade[] = [Grade.FIRST, Grade.SECOND, Grade.THIRD, Grade.NONE];

/** The sheets left out of the trimmed mean (award-rules.md): the highest and lowest, ties by sheet id. */
function trimmedOf(sheets: SheetFact[], trimFrom: number): string[] {
  if (sheets.length < trimFrom) return [];
  const sorted = [...sheets].sort((a, b) => a.total - b.total || a.sheetId.localeCompare(b.sheetId));
  return [sorted[0].sheetId, sorted[sorted.length - 1].sheetId];
}

function figuresOf(own: SheetFact[], adjusted: Map<string, number>, trimFrom: number): SheetFigure[] {
  const trimmed = new Set(trimmedOf(own, trimFrom));
  return own.map((sheet) => ({
    sheetId: sheet.sheetId,
    total: sheet.total,
    adjustedTotal: round2(adjusted.get(sheet.sheetId) as number),
    isTrimmed: trimmed.has(sheet.sheetId),
  }));
}

function criterionMeansOf(nomination: NominationFact, sheets: SheetFact[]): CriterionMean[] {
  return nomination.criteria.flatMap((criterion) => {
    const values = sheets.map((sheet) => sheet.points[criterion.id]).filter((value) => value != null);
    if (values.length === 0) return [];
    const spread = Math.max(...values) - Math.min(...values);
    return [
      {
        criterionId: criterion.id,
        code: criterion.code,
        mean: round2(meanOf(values)),
        spread: round2(spread),
        maxPoints: criterion.maxPoints,
        // award-rules.md, Aggregation: any criterion with a spread above half its points.
        isDisagreement: spread > criterion.maxPoints / 2,
      },
    ];
  });
}

/**
 * The grade each ranked nomination is recommended (award-rules.md, Aggregation): the grade its score
 * reaches, cut to each grade's quota in rank order: once a grade's places are taken, the next
 * nominations that reach it fall to the grade below.
 */
function cutToQuotas(
  ranked: { nominationId: string; scoreGrade: Grade }[],
  quota: Record<'FIRST' | 'SECOND' | 'THIRD', number>,
): Map<string, Grade> {
  const taken = { FIRST: 0, SECOND: 0, THIRD: 0 };
  const grades = new Map<string, Grade>();
  for (const { nominationId, scoreGrade } of ranked) {
    let grade = scoreGrade;
    while (grade !== Grade.NONE && taken[grade as keyof typeof taken] >= quota[grade as keyof typeof quota]) {
      grade = GRADES_DOWN[GRADES_DOWN.indexOf(grade) + 1];
    }
    if (grade !== Grade.NONE) taken[grade as keyof typeof taken] += 1;
    grades.set(nominationId, grade);
  }
  return grades;
}

/**
 * Every figure of the stage's results, from the submitted sheets only: per nomination the official
 * (trimmed) score, plain mean, median, severity-adjusted score, per-criterion means and disagreement;
 * per category the ranking (stable ties, marked) and the recommended grade cut to quotas, given only
 * once every sheet of the nomination is in.
 */
export function computeResults(
  nominations: NominationFact[],
  sheets: SheetFact[],
  settings: ResultSettings,
): ComputedResult[] {
  const adjusted = severityAdjustedTotals(sheets);
  const byNomination = new Map<string, SheetFact[]>(nominations.map((nomination) => [nomination.id, []]));
  for (const sheet of sheets) byNomination.get(sheet.nominationId)?.push(sheet);
  const results = nominations.map((nomination) => {
    const own = byNomination.get(nomination.id) ?? [];
    const aggregate = aggregateTotals(
      own.map((sheet) => sheet.total),
      settings.trimFromSheetCount,
    );
    const criterionMeans = criterionMeansOf(nomination, own);
    const adjustedTotals = own.map((sheet) => adjusted.get(sheet.sheetId) as number);
    return {
      nomination,
      lastSubmittedAt: own.length
        ? Math.max(...own.map((sheet) => sheet.submittedAt))
        : Number.MAX_SAFE_INTEGER,
      result: {
        nominationId: nomination.id,
        sheetCount: aggregate.sheetCount,
        assignedCount: nomination.assignedCount,
        isComplete: nomination.assignedCount > 0 && aggregate.sheetCount >= nomination.assignedCount,
        officialScore: aggregate.officialScore,
        plainMean: aggregate.plainMean,
        median: aggregate.median,
        severityAdjusted: adjustedTotals.length ? round2(meanOf(adjustedTotals)) : null,
        spread: aggregate.spread,
        criterionMeans,
        hasDisagreement:
          (aggregate.spread ?? 0) > settings.disagreementSpread ||
          criterionMeans.some((mean) => mean.isDisagreement),
        sheetFigures: figuresOf(own, adjusted, settings.trimFromSheetCount),
        rank: null as number | null,
        isTied: false,
        scoreGrade: aggregate.officialScore == null ? null : gradeForScore(aggregate.officialScore, settings),
        recommendedGrade: null as Grade | null,
      },
    };
  });
  for (const category of new Set(nominations.map((nomination) => nomination.category))) {
    const scored = results.filter(
      ({ nomination, result }) => nomination.category === category && result.sheetCount > 0,
    );
    const ranked = rankByScore(
      scored.map(({ result, lastSubmittedAt }) => ({
        item: result,
        officialScore: result.officialScore,
        median: result.median,
        lastSubmittedAt,
      })),
    );
    for (const { item, rank, isTied } of ranked) Object.assign(item, { rank, isTied });
    // A nomination still waiting for sheets keeps a provisional place by its score so far, but a grade
    // from part of its sheets would be a guess: it takes no quota place, and the cut passes over it.
    const grades = cutToQuotas(
      ranked
        .filter(({ item }) => item.isComplete)
        .map(({ item }) => ({
          nominationId: item.nominationId,
          scoreGrade: item.scoreGrade ?? Grade.NONE,
        })),
      settings.quotas[category],
    );
    for (const { item } of ranked) item.recommendedGrade = grades.get(item.nominationId) ?? null;
  }
  return results.map(({ result }) => result);
}
