import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { ScoreSheetDraftInput } from '@award/schema/generated/graphql';
import type { FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type AutosaveProgress, autosaveDelayMs } from '../app/autosave';
import { isFirstAttemptRunning, useRetryKey } from '../app/retry-key';
import { fieldPathOf, type SheetFieldPath, sheetProblemsOf } from './sheet-problems';
import { draftChanges, type SheetValues, withDraftApplied } from './sheet-values';

const saveScoreSheetDraftMutation = graphql(`
  mutation SaveScoreSheetDraft($assignmentId: ID!, $version: Int, $input: ScoreSheetDraftInput!) {
    saveScoreSheetDraft(assignmentId: $assignmentId, version: $version, input: $input) {
      ...ScoreSheetFields
      assignment {
        id
        scoreSheet {
          id
        }
      }
    }
  }
`);

export type SaveState =
  | AutosaveProgress
  /** Another window submitted the sheet. */
  | { kind: 'locked' }
  /** The review deadline has passed (award-rules.md: nothing is accepted after it unless the chair extends it). */
  | { kind: 'windowClosed' }
  | { kind: 'error'; message: string };

const stoppingKinds: readonly SaveState['kind'][] = ['conflict', 'locked', 'windowClosed'];

/** After these, nothing more is sent until the sheet is loaded again. */
const isStopping = (state: SaveState) => stoppingKinds.includes(state.kind);

/** The sheet as the server last confirmed it: its values, its version (null before the first save) and id. */
export interface SavedSheet {
  values: SheetValues;
  version: number | null;
  sheetId: string | null;
}

export interface FieldErrors {
  name: SheetFieldPath;
  errors: string[];
}

function errorRule(error: unknown): unknown {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors.find((e) => e.extensions?.code === 'CONFLICT')?.extensions?.rule;
}

/** The save state an error of a save or a submission leads to. */
export function saveStateOfError(error: unknown): SaveState {
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((e) => e.extensions?.code);
    if (codes.includes('WINDOW_CLOSED')) return { kind: 'windowClosed' };
    if (codes.includes('CONFLICT') && !isFirstAttemptRunning(error))
      return errorRule(error) === 'SHEET_LOCKED' ? { kind: 'locked' } : { kind: 'conflict' };
  }
  return { kind: 'error', message: (error as Error).message };
}

interface AutosaveOptions {
  assignmentId: string;
  form: FormInstance<SheetValues>;
  /** The sheet as last read from the server; a new object (after a reload) starts over from it. */
  stored: SavedSheet;
  maxPointsOf: (criterionId: string) => number;
  /** Shows a refused field's rule beside it. */
  onFieldErrors: (errors: FieldErrors[]) => void;
}

/**
 * Saves the sheet as the expert scores: after a pause, only what changed since the last save, always with
 * the version last read, so that a save over another window's newer one is refused (CONFLICT) and never
 * overwrites it. One save is in flight at a time; what is typed meanwhile goes in the next one.
 */
export function useSheetAutosave({
  assignmentId,
  form,
  stored,
  maxPointsOf,
  onFieldErrors,
}: AutosaveOptions) {
  const [save] = useMutation(saveScoreSheetDraftMutation);
  const retryContext = useRetryKey();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  // A save that got no answer (the connection dropped, the first attempt still running): it goes again
  // first, unchanged, so that under the same Idempotency-Key the server answers what it did instead of
  // refusing the version it moved on.
  const unanswered = useRef<ScoreSheetDraftInput>(undefined);
  const saved = useRef(stored);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const inFlight = useRef<Promise<void>>(undefined);
  const isAgainNeeded = useRef(false);
  // Typed since the values of the save in flight were taken: that save's success is not "saved" yet.
  const isTypedMeanwhile = useRef(false);
  // The state as of now, for the callbacks: React's copy is only new at the next render.
  const stateNow = useRef(state);

  const show = useCallback((next: SaveState) => {
    stateNow.current = next;
    setState(next);
  }, []);

  const saveOnce = useCallback(
    async (mustStartSheet: boolean) => {
      isTypedMeanwhile.current = false;
      const values = form.getFieldsValue(true) as SheetValues;
      const changes = draftChanges(values, saved.current.values, maxPointsOf);
      const resent = unanswered.current;
      const input: ScoreSheetDraftInput | undefined =
        resent ?? changes ?? (mustStartSheet && !saved.current.sheetId ? { scores: [] } : undefined);
      if (!input) {
        if (stateNow.current.kind === 'pending') show({ kind: 'idle' });
        return;
      }
      show({ kind: 'saving' });
      try {
        const variables = { assignmentId, version: saved.current.version, input };
        const result = await save({ variables, context: retryContext(`save:${JSON.stringify(variables)}`) });
        unanswered.current = undefined;
        // What was typed since the lost save goes in the next one.
        if (resent) isAgainNeeded.current = true;
        const sheet = result.data?.saveScoreSheetDraft;
        saved.current = {
          values: withDraftApplied(saved.current.values, input),
          version: sheet?.version ?? saved.current.version,
          sheetId: sheet?.id ?? saved.current.sheetId,
        };
        show(isTypedMeanwhile.current ? { kind: 'pending' } : { kind: 'saved', at: new Date() });
      } catch (error) {
        unanswered.current =
          CombinedGraphQLErrors.is(error) && !isFirstAttemptRunning(error) ? undefined : input;
        const sent = input.scores ?? [];
        const fieldErrors = sheetProblemsOf(error).flatMap((problem) => {
          const name = fieldPathOf(problem, ({ index }) => sent[index] && String(sent[index].criterionId));
          return name ? [{ name, errors: [problem.rule] }] : [];
        });
        onFieldErrors(fieldErrors);
        show(saveStateOfError(error));
      }
    },
    [assignmentId, form, maxPointsOf, onFieldErrors, save, show, retryContext],
  );

  /** Sends what has changed now (after the pause, on Ctrl+S, before submitting or leaving). */
  const saveNow = useCallback(
    (mustStartSheet = false): Promise<void> => {
      clearTimeout(timer.current);
      if (isStopping(stateNow.current)) return Promise.resolve();
      if (inFlight.current) {
        isAgainNeeded.current = true;
        return inFlight.current;
      }
      const run = (async () => {
        try {
          do {
            isAgainNeeded.current = false;
            await saveOnce(mustStartSheet);
          } while (isAgainNeeded.current && !isStopping(stateNow.current));
        } finally {
          inFlight.current = undefined;
        }
      })();
      inFlight.current = run;
      return run;
    },
    [saveOnce],
  );

  /** For the form's onValuesChange: (re)starts the pause. */
  const schedule = useCallback(() => {
    if (isStopping(stateNow.current)) return;
    isTypedMeanwhile.current = true;
    if (stateNow.current.kind !== 'saving') show({ kind: 'pending' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), autosaveDelayMs);
  }, [saveNow, show]);

  // Leaving the page in the app sends what still waits for its pause; closing the tab asks first.
  useEffect(() => () => void saveNow(), [saveNow]);
  useEffect(() => {
    const warnOfUnsaved = (event: BeforeUnloadEvent) => {
      if (stateNow.current.kind === 'pending' || stateNow.current.kind === 'saving') event.preventDefault();
    };
    window.addEventListener('beforeunload', warnOfUnsaved);
    return () => window.removeEventListener('beforeunload', warnOfUnsaved);
  }, []);

  return {
    state,
    schedule,
    saveNow,
    saved: () => saved.current,
    currentState: () => stateNow.current,
    showState: show,
  };
}
