import { CombinedGraphQLErrors } from '@apollo/client';
import { ruleOf } from '../app/graphql-errors';
import type { CriterionValues } from './sheet-values';

/** One thing the server wants fixed before it takes the sheet: the field, and the rule in its words. */
export interface SheetProblem {
  field: string;
  rule: string;
}

/** A field of the sheet's form, as antd names it: ['scores', criterionId, 'comment'], ['overallOpinion']. */
export type SheetFieldPath =
  | ['overallOpinion']
  | ['recommendedGrade']
  | ['scores', criterionId: string, field: keyof CriterionValues];

const criterionFields: readonly string[] = ['level', 'points', 'comment'] satisfies (keyof CriterionValues)[];

/**
 * The problems of a refused submission (`extensions.problems`, every one) or of a refused save (one
 * `extensions.field`, its message the rule); none for any other error.
 */
export function sheetProblemsOf(error: unknown): SheetProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap(({ message, extensions }) => {
    if (extensions?.code !== 'BAD_USER_INPUT') return [];
    if (Array.isArray(extensions.problems)) return extensions.problems as SheetProblem[];
    if (typeof extensions.field !== 'string') return [];
    return [{ field: extensions.field, rule: ruleOf(message, extensions.field) }];
  });
}

// `scores[2].comment (INV_MATURITY)`: the index, the criterion's field and, on submission, its code.
const criterionField = /^scores\[(\d+)\]\.(\w+)(?: \((\w+)\))?$/;

/**
 * The form field a problem names. A criterion is found by its code when the server names it (submission,
 * in rubric order), else by its index in what was sent (a save sends only the changed criteria).
 */
export function fieldPathOf(
  problem: SheetProblem,
  criterionIdOf: (at: { index: number; code?: string }) => string | undefined,
): SheetFieldPath | undefined {
  if (problem.field === 'overallOpinion' || problem.field === 'recommendedGrade') return [problem.field];
  const match = criterionField.exec(problem.field);
  if (!match) return undefined;
  const criterionId = criterionIdOf({ index: Number(match[1]), code: match[3] });
  // A criterion the rubric lacks is shown on its level, the first field of the criterion.
  const field = criterionFields.includes(match[2]) ? (match[2] as keyof CriterionValues) : 'level';
  return criterionId ? ['scores', criterionId, field] : undefined;
}
