import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import type { FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type AutosaveProgress, autosaveDelayMs } from '../app/autosave';
import { hasErrorCode, ruleOf } from '../app/graphql-errors';
import { isFirstAttemptRunning, useRetryKey } from '../app/retry-key';
import { changedFields, type DraftFieldName, type DraftFields, namePathOf, pickFields } from './draft-fields';

const saveNominationDraftMutation = graphql(`
  mutation SaveNominationDraft($id: ID!, $input: NominationDraftInput!) {
    saveNominationDraft(id: $id, input: $input) {
      id
      ...NominationDraftFields
      ...NominationProgress
    }
  }
`);

export type SaveState =
  | AutosaveProgress
  /** Some changes break a rule the form knows (a required field, a check character): held back until fixed. */
  | { kind: 'incomplete'; at?: Date }
  | { kind: 'error'; message: string; field?: (string | number)[] };

export interface StoredDraft {
  fields: DraftFields;
  version: number;
}

interface AutosaveOptions {
  nominationId: string;
  form: FormInstance<DraftFields>;
  /** The draft as last read from the server; a new object (after a reload) starts over from it. */
  stored: StoredDraft;
}

/** The top-level fields among `names` whose rules hold, without showing the user errors for the others yet. */
async function fieldsThatPass(form: FormInstance<DraftFields>, names: DraftFieldName[]) {
  try {
    await form.validateFields(names, { validateOnly: true, recursive: true });
    return names;
  } catch (failure) {
    const failed = new Set(
      ((failure as { errorFields?: { name: (string | number)[] }[] }).errorFields ?? []).map(
        ({ name }) => name[0],
      ),
    );
    return names.filter((name) => !failed.has(name));
  }
}

function serverFieldError(error: unknown): { field: string; message: string } | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const named = error.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions.field);
  return named && { field: String(named.extensions?.field), message: named.message };
}

/**
 * Saves a draft as the user types: after a pause, only the fields that changed since the last save, always
 * with the version last read, so that a save over someone else's newer one is refused (CONFLICT) and never
 * overwrites it. One save is in flight at a time; what is typed meanwhile goes in the next.
 */
export function useAutosave({ nominationId, form, stored }: AutosaveOptions) {
  const [save] = useMutation(saveNominationDraftMutation);
  const retryContext = useRetryKey();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const saved = useRef(stored);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const isSaving = useRef(false);
  const isAgainNeeded = useRef(false);
  const isStopped = useRef(false);
  const lastSavedAt = useRef<Date>(undefined);
  const unanswered = useRef<Partial<DraftFields>>(undefined);

  useEffect(() => {
    saved.current = stored;
    unanswered.current = undefined;
    isStopped.current = false;
    setState({ kind: 'idle' });
  }, [stored]);

  /** Shows why a save failed: a newer version elsewhere stops the autosave; a field's rule goes beside it. */
  const showFailure = useCallback(
    (error: unknown) => {
      if (hasErrorCode(error, 'CONFLICT') && !isFirstAttemptRunning(error)) {
        isStopped.current = true;
        setState({ kind: 'conflict' });
        return;
      }
      const fieldError = serverFieldError(error);
      if (fieldError) {
        const name = namePathOf(fieldError.field);
        // The path comes from the server, so the compiler cannot check it against the form's fields.
        const errors = [ruleOf(fieldError.message, fieldError.field)];
        form.setFields([{ name: name as unknown as DraftFieldName, errors }]);
        setState({ kind: 'error', message: fieldError.message, field: name });
        return;
      }
      setState({ kind: 'error', message: (error as Error).message });
    },
    [form],
  );

  /**
   * Sends these fields over the version last saved; when the server took them, the time. A save that got
   * no answer (the connection dropped, the first attempt still running) is kept to go again first,
   * unchanged: under the same Idempotency-Key, the server answers what it did instead of refusing the
   * version it moved on.
   */
  const send = useCallback(
    async (input: Partial<DraftFields>): Promise<Date | undefined> => {
      setState({ kind: 'saving' });
      const variables = { id: nominationId, input: { ...input, version: saved.current.version } };
      try {
        const result = await save({ variables, context: retryContext(`save:${JSON.stringify(variables)}`) });
        unanswered.current = undefined;
        const version = result.data?.saveNominationDraft.version ?? saved.current.version;
        saved.current = { fields: { ...saved.current.fields, ...input }, version };
        lastSavedAt.current = new Date();
        return lastSavedAt.current;
      } catch (error) {
        const isRefused = CombinedGraphQLErrors.is(error) && !isFirstAttemptRunning(error);
        unanswered.current = isRefused ? undefined : input;
        showFailure(error);
        return undefined;
      }
    },
    [nominationId, save, retryContext, showFailure],
  );

  const saveOnce = useCallback(async () => {
    if (unanswered.current) {
      const at = await send(unanswered.current);
      if (!at) return;
      setState({ kind: 'saved', at });
    }
    const values = form.getFieldsValue(true) as DraftFields;
    const changed = changedFields(values, saved.current.fields);
    if (changed.length === 0) {
      setState((previous) => (previous.kind === 'pending' ? { kind: 'idle' } : previous));
      return;
    }
    const ready = await fieldsThatPass(form, changed);
    if (ready.length === 0) {
      setState({ kind: 'incomplete', at: lastSavedAt.current });
      return;
    }
    const at = await send(pickFields(values, ready));
    if (!at) return;
    setState(ready.length < changed.length ? { kind: 'incomplete', at } : { kind: 'saved', at });
  }, [form, send]);

  /** Sends what has changed now (after the pause, or before leaving). */
  const saveNow = useCallback(async () => {
    clearTimeout(timer.current);
    if (isStopped.current) return;
    if (isSaving.current) {
      isAgainNeeded.current = true;
      return;
    }
    isSaving.current = true;
    try {
      do {
        isAgainNeeded.current = false;
        await saveOnce();
      } while (isAgainNeeded.current && !isStopped.current);
    } finally {
      isSaving.current = false;
    }
  }, [saveOnce]);

  /** For the form's onValuesChange: (re)starts the pause. */
  const onValuesChange = useCallback(() => {
    if (isStopped.current) return;
    setState((previous) => (previous.kind === 'saving' ? previous : { kind: 'pending' }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), autosaveDelayMs);
  }, [saveNow]);

  // Leaving the page sends what is still waiting for its pause.
  useEffect(() => () => void saveNow(), [saveNow]);

  return { state, onValuesChange, saveNow };
}
