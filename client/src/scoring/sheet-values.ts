import type {
  CriterionScoreInput,
  Grade,
  ScoreLevel,
  ScoreSheetDraftInput,
} from '@award/schema/generated/graphql';
import { isValidPoints } from './level-bands';

export interface CriterionValues {
  level: ScoreLevel | null;
  points: number | null;
  comment: string;
}

/** The score sheet's form: each criterion's values by the criterion's id, then the overall fields. */
export interface SheetValues {
  scores: Record<string, CriterionValues>;
  overallOpinion: string;
  recommendedGrade: Grade | null;
}

interface StoredSheet {
  overallOpinion: string;
  recommendedGrade?: Grade | null;
  scores: readonly {
    criterion: { id: string };
    level?: ScoreLevel | null;
    points?: number | null;
    comment: string;
  }[];
}

/** The form's values from the sheet as stored; a criterion not scored yet, and a sheet not started, are empty. */
export function sheetValuesOf(
  sheet: StoredSheet | null | undefined,
  criterionIds: readonly string[],
): SheetValues {
  const scores = Object.fromEntries(
    criterionIds.map((id) => {
      const score = sheet?.scores.find((stored) => stored.criterion.id === id);
      return [
        id,
        { level: score?.level ?? null, points: score?.points ?? null, comment: score?.comment ?? '' },
      ];
    }),
  );
  return {
    scores,
    overallOpinion: sheet?.overallOpinion ?? '',
    recommendedGrade: sheet?.recommendedGrade ?? null,
  };
}

/**
 * What one autosave sends: the criteria and overall fields that differ from what the server holds, or
 * undefined when nothing does. Points the server would refuse (past the maximum, not a half point) are held
 * back until corrected, so that the rest of the sheet is still saved meanwhile.
 */
export function draftChanges(
  values: SheetValues,
  saved: SheetValues,
  maxPointsOf: (criterionId: string) => number,
): ScoreSheetDraftInput | undefined {
  const scores: CriterionScoreInput[] = [];
  for (const [criterionId, now] of Object.entries(values.scores)) {
    const before = saved.scores[criterionId];
    const change: CriterionScoreInput = { criterionId };
    if (now.level !== before.level) change.level = now.level;
    const isSendable = now.points === null || isValidPoints(now.points, maxPointsOf(criterionId));
    if (now.points !== before.points && isSendable) change.points = now.points;
    if ((now.comment ?? '') !== before.comment) change.comment = now.comment ?? '';
    if (Object.keys(change).length > 1) scores.push(change);
  }
  const input: ScoreSheetDraftInput = { scores };
  if (values.overallOpinion !== saved.overallOpinion) input.overallOpinion = values.overallOpinion;
  if (values.recommendedGrade !== saved.recommendedGrade) input.recommendedGrade = values.recommendedGrade;
  const hasChanges = scores.length > 0 || 'overallOpinion' in input || 'recommendedGrade' in input;
  return hasChanges ? input : undefined;
}

/** What the server holds once a draft input is saved over `saved`. */
export function withDraftApplied(saved: SheetValues, input: ScoreSheetDraftInput): SheetValues {
  const scores = { ...saved.scores };
  for (const change of input.scores ?? []) {
    const before = scores[change.criterionId];
    scores[change.criterionId] = {
      level: change.level === undefined ? before.level : change.level,
      points: change.points === undefined ? before.points : change.points,
      comment: change.comment ?? before.comment,
    };
  }
  return {
    scores,
    overallOpinion: input.overallOpinion ?? saved.overallOpinion,
    recommendedGrade: input.recommendedGrade === undefined ? saved.recommendedGrade : input.recommendedGrade,
  };
}

/** The running total of the points given so far, and how many criteria have points. */
export function runningTotal(scores: Record<string, Partial<CriterionValues>> | undefined): {
  total: number;
  scoredCount: number;
} {
  const points = Object.values(scores ?? {})
    .map((score) => score.points)
    .filter((value): value is number => typeof value === 'number');
  return { total: points.reduce((sum, value) => sum + value, 0), scoredCount: points.length };
}
