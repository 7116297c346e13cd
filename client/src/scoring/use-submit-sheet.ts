import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { RubricCriterionFragment } from '@award/schema/generated/graphql';
import { useState } from 'react';
import { fieldPathOf, type SheetFieldPath, type SheetProblem, sheetProblemsOf } from './sheet-problems';
import { saveStateOfError, type useSheetAutosave } from './use-sheet-autosave';

const submitScoreSheetMutation = graphql(`
  mutation SubmitScoreSheet($id: ID!, $version: Int!) {
    submitScoreSheet(id: $id, version: $version) {
      ...ScoreSheetFields
    }
  }
`);

/** A problem of a refused submission, with the form field it belongs to (none for a field the form lacks). */
export interface PlacedProblem extends SheetProblem {
  path?: SheetFieldPath;
}

interface SubmitOptions {
  autosave: ReturnType<typeof useSheetAutosave>;
  criteria: readonly RubricCriterionFragment[];
  /** Shows each problem beside its field. */
  onProblems: (problems: PlacedProblem[]) => void;
}

/**
 * Submission in two steps: what waits is saved first (the server checks the sheet it holds, at the version
 * last saved), then the expert confirms; a refusal lists every problem, which go beside their fields.
 */
export function useSubmitSheet({ autosave, criteria, onProblems }: SubmitOptions) {
  const [submit, { loading }] = useMutation(submitScoreSheetMutation);
  const [isConfirming, setConfirming] = useState(false);
  const [problems, setProblems] = useState<PlacedProblem[]>([]);

  const criterionIdOf = ({ index, code }: { index: number; code?: string }) =>
    (code ? criteria.find((criterion) => criterion.code === code) : criteria[index])?.id;

  async function requestSubmit() {
    await autosave.saveNow(true);
    const { kind } = autosave.currentState();
    if ((kind === 'saved' || kind === 'idle') && autosave.saved().sheetId) setConfirming(true);
  }

  async function confirmSubmit() {
    const { sheetId, version } = autosave.saved();
    if (!sheetId || version === null) return;
    try {
      await submit({ variables: { id: sheetId, version } });
      setProblems([]);
    } catch (error) {
      const refused = sheetProblemsOf(error).map((problem) => ({
        ...problem,
        path: fieldPathOf(problem, criterionIdOf),
      }));
      if (refused.length === 0) autosave.showState(saveStateOfError(error));
      setProblems(refused);
      onProblems(refused);
    } finally {
      setConfirming(false);
    }
  }

  return {
    isConfirming,
    isSubmitting: loading,
    problems,
    requestSubmit,
    confirmSubmit,
    cancel: () => setConfirming(false),
  };
}
