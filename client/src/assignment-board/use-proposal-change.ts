import { CombinedGraphQLErrors } from '@apollo/client';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assignmentRefusalInWords } from './assignment-refusal';

/** The API refuses a change of a proposal edited meanwhile, and says which version is current. */
function isStale(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === 'CONFLICT' && e.extensions.currentVersion !== undefined)
  );
}

/**
 * Runs one change of a proposal or of a nomination's reviewers. A refusal by a hard constraint is kept, in
 * words, for the screen to show beside what was tried; a stale proposal is fetched again.
 */
export function useProposalChange(onStale?: () => void) {
  const { t } = useTranslation('assignmentBoard');
  const { message } = App.useApp();
  const [refusal, setRefusal] = useState<string>();

  async function change(run: () => Promise<unknown>, doneText?: string): Promise<boolean> {
    setRefusal(undefined);
    try {
      await run();
    } catch (error) {
      if (onStale && isStale(error)) {
        void message.warning(t('proposal.stale'));
        onStale();
      } else {
        setRefusal(assignmentRefusalInWords(error, t));
      }
      return false;
    }
    if (doneText) void message.success(doneText);
    return true;
  }

  return { change, refusal, clearRefusal: () => setRefusal(undefined) };
}
