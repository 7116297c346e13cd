import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import {
  type AwardCategory,
  NominationStatus,
  type RubricCriterionFragment,
  type ScoreSheetFieldsFragment,
  ScoreSheetStatus,
} from '@award/schema/generated/graphql';
import { Alert, Flex, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadOnlySheet } from './ReadOnlySheet';
import { ScoreSheetEditor } from './ScoreSheetEditor';
import { sheetValuesOf } from './sheet-values';
import type { SavedSheet } from './use-sheet-autosave';

export const scoreSheetFieldsFragment = graphql(`
  fragment ScoreSheetFields on ScoreSheet {
    id
    version
    status
    total
    overallOpinion
    recommendedGrade
    submittedAt
    scores {
      id
      criterion {
        id
      }
      level
      points
      comment
    }
  }
`);

const reviewRubricQuery = graphql(`
  query ReviewRubric($cycleId: ID!, $category: AwardCategory!) {
    rubric(cycleId: $cycleId, category: $category) {
      id
      version
      maxTotal
      criteria {
        id
        ...RubricCriterion
      }
    }
  }
`);

function savedSheetOf(
  sheet: ScoreSheetFieldsFragment | null | undefined,
  criteria: readonly RubricCriterionFragment[],
): SavedSheet {
  return {
    values: sheetValuesOf(
      sheet,
      criteria.map((criterion) => criterion.id),
    ),
    version: sheet?.version ?? null,
    sheetId: sheet?.id ?? null,
  };
}

interface ScoreSheetPanelProps {
  assignmentId: string;
  nomination: { status: NominationStatus; category: AwardCategory; cycle: { id: string } };
  sheet: ScoreSheetFieldsFragment | null | undefined;
  /** Reads the assignment again; resolves to its sheet as the server holds it now. */
  reload: () => Promise<ScoreSheetFieldsFragment | null | undefined>;
}

/**
 * The sheet side of the workspace: the editor while the sheet is a draft in the stage, a read-only view once
 * submitted or outside the stage. Other experts' sheets are never asked for. The API does not name the
 * rubric version a sheet was started on; the category's latest is that one as long as the rubric is not
 * versioned again in the middle of the stage.
 */
export function ScoreSheetPanel({ assignmentId, nomination, sheet, reload }: ScoreSheetPanelProps) {
  const { t } = useTranslation('scoring');
  const { data, error } = useQuery(reviewRubricQuery, {
    variables: { cycleId: nomination.cycle.id, category: nomination.category },
  });
  // What the editor starts from: the sheet as first read, or as reloaded after a conflict. Later saves
  // update the cache, never the values under the expert's fingers.
  const [stored, setStored] = useState<{ sheet: SavedSheet; reloads: number }>();
  const [isReloading, setReloading] = useState(false);
  const rubric = data?.rubric;
  if (error) return <Alert type="error" showIcon title={t('loadFailed')} description={error.message} />;
  if (!rubric) return <Spin />;
  const { criteria, maxTotal } = rubric;
  if (sheet?.status === ScoreSheetStatus.Submitted) {
    return (
      <ReadOnlySheet title={t('submitted.title')} criteria={criteria} sheet={sheet} maxTotal={maxTotal} />
    );
  }
  if (nomination.status !== NominationStatus.PreliminaryReview) {
    return (
      <Flex vertical gap="middle">
        <Alert type="info" showIcon title={t('notInReview')} />
        <ReadOnlySheet title={t('sheet.title')} criteria={criteria} sheet={sheet} maxTotal={maxTotal} />
      </Flex>
    );
  }
  if (!stored) setStored({ sheet: savedSheetOf(sheet, criteria), reloads: 0 });

  async function loadLatest() {
    setReloading(true);
    try {
      const latest = await reload();
      setStored((previous) => ({
        sheet: savedSheetOf(latest, criteria),
        reloads: (previous?.reloads ?? 0) + 1,
      }));
    } finally {
      setReloading(false);
    }
  }

  return (
    stored && (
      <ScoreSheetEditor
        // A reloaded sheet starts a fresh form: its values, its version and its save state all from the server.
        key={stored.reloads}
        assignmentId={assignmentId}
        criteria={criteria}
        maxTotal={maxTotal}
        stored={stored.sheet}
        onReload={() => void loadLatest()}
        isReloading={isReloading}
      />
    )
  );
}
