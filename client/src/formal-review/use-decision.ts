import { CombinedGraphQLErrors } from '@apollo/client';
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { hasErrorCode, ruleOf } from '../app/graphql-errors';
import { queuePath } from './paths';

/** The API names a field of a list input as `reasons[0].reason`; antd's forms as ['reasons', 0, 'reason']. */
export function formPathOf(field: string): (string | number)[] {
  return field
    .split(/[.[\]]/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** BAD_USER_INPUT errors placed on the form's fields they name; the message's leading field name is dropped. */
function fieldErrorsOf(error: unknown): { name: (string | number)[]; errors: string[] }[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap(({ message, extensions }) => {
    const field = extensions?.field;
    if (extensions?.code !== 'BAD_USER_INPUT' || typeof field !== 'string') return [];
    return [{ name: formPathOf(field), errors: [ruleOf(message, field)] }];
  });
}

interface DecisionOptions {
  form: FormInstance;
  /** Someone else decided first (CONFLICT): the page shows the nomination as it is now. */
  onConflict: () => void;
}

/**
 * Runs one formal review decision: on success back to the queue (which no longer lists the nomination), a
 * refused field marked on the form, a conflict handed to the page, anything else kept to be shown.
 */
export function useDecision({ form, onConflict }: DecisionOptions) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [error, setError] = useState<Error>();

  async function decide(run: () => Promise<unknown>, doneText: string): Promise<void> {
    setError(undefined);
    try {
      await run();
    } catch (failure) {
      if (hasErrorCode(failure, 'CONFLICT')) return onConflict();
      const fieldErrors = fieldErrorsOf(failure);
      // An error on a field the form does not show (the list as a whole) is shown above the form instead.
      const isShown = fieldErrors.every(({ name }) => form.getFieldInstance(name) !== undefined);
      if (fieldErrors.length > 0 && isShown) form.setFields(fieldErrors);
      else setError(failure instanceof Error ? failure : new Error(String(failure)));
      return;
    }
    void message.success(doneText);
    navigate(queuePath);
  }

  return { decide, error };
}
