import type { RubricCriterionFragment, ScoreLevel } from '@award/schema/generated/graphql';
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { bandMidpoint, bandsOf, isInBand } from './level-bands';
import type { SheetFieldPath } from './sheet-problems';
import type { CriterionValues, SheetValues } from './sheet-values';

interface LevelSuggestionOptions {
  form: FormInstance<SheetValues>;
  criteria: readonly RubricCriterionFragment[];
  /** After every change the user makes (the autosave's pause). */
  onChanged: () => void;
}

/** The fields a change of the form touched, as antd names them. */
function changedPaths(changed: Partial<SheetValues>): SheetFieldPath[] {
  const scores = Object.entries(changed.scores ?? {}).flatMap(([criterionId, values]) =>
    (Object.keys(values) as (keyof CriterionValues)[]).map(
      (key): SheetFieldPath => ['scores', criterionId, key],
    ),
  );
  const overall = (['overallOpinion', 'recommendedGrade'] as const).filter((key) => key in changed);
  return [...scores, ...overall.map((key): SheetFieldPath => [key])];
}

/**
 * The form's onValuesChange. A chosen level suggests its points: the middle of its band, unless the points
 * given already fall in it. A changed field is checked again, which also clears a rule the server named
 * for it at the last submission.
 */
export function useLevelSuggestion({ form, criteria, onChanged }: LevelSuggestionOptions) {
  return useCallback(
    (changed: Partial<SheetValues>) => {
      const paths = changedPaths(changed);
      for (const [criterionId, values] of Object.entries(changed.scores ?? {})) {
        const level = (values as Partial<CriterionValues>).level as ScoreLevel | null | undefined;
        const criterion = criteria.find((candidate) => candidate.id === criterionId);
        if (!level || !criterion) continue;
        const band = bandsOf(criterion.levels, criterion.maxPoints)[level];
        const pointsPath: SheetFieldPath = ['scores', criterionId, 'points'];
        const points = form.getFieldValue(pointsPath) as number | null | undefined;
        if (points == null || !isInBand(points, band)) form.setFieldValue(pointsPath, bandMidpoint(band));
        paths.push(pointsPath);
      }
      void form.validateFields(paths).catch(() => undefined);
      onChanged();
    },
    [form, criteria, onChanged],
  );
}
