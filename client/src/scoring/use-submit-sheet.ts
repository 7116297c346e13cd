import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { RubricCriterionFragment } from '@award/schema/generated/graphql';
import { useRef, useState } from 'react';
import { useRetryKey } from '../app/retry-key';
import { fieldPathOf, type SheetFieldPath, type SheetProblem, sheetProblemsOf } from './sheet-problems';
import { type SaveState, saveStateOfError, type useSheetAutosave } from './use-sheet-autosave';

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
  const retryContext = useRetryKey();
  const [isConfirming, setConfirming] = useState(false);
  const [problems, setProblems] = useState<PlacedProblem[]>([]);
  // The save state a failed submission showed: while it stands, nothing was typed or saved since.
  const failedSubmission = useRef<SaveState>(undefined);

  const criterionIdOf = ({ index, code }: { index: number; code?: string }) =>
    (code ? criteria.find((criterion) => criterion.code === code) : criteria[index])?.id;

  async function requestSubmit() {
    await autosave.saveNow(true);
    const state = autosave.currentState();
    // After a failed submission (an answer lost on its way back), the same sheet may be sent again.
    const isSaved =
      state.kind === 'saved' ||
      state.kind === 'idle' ||
      (state.kind === 'error' && state === failedSubmission.current);
    if (isSaved && autosave.saved().sheetId) setConfirming(true);
  }

  async function confirmSubmit() {
    const { sheetId, version } = autosave.saved();
    if (!sheetId || version === null) return;
    try {
      await submit({
        variables: { id: sheetId, version },
        context: retryContext(`submit:${sheetId}:${version}`),
      });
      setProblems([]);
    } catch (error) {
      const refused = sheetProblemsOf(error).map((problem) => ({
        ...problem,
        path: fieldPathOf(problem, criterionIdOf),
      }));
      if (refused.length === 0) {
        failedSubmission.current = saveStateOfError(error);
        autosave.showState(failedSubmission.current);
      }
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
