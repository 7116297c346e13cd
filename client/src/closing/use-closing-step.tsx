import { Alert, App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Runs a closing step and reports how it went. A refusal stays on the page with the server's own message (in
 * the viewer's language) until the next try: the rules of publicity and approval are the server's, and the
 * page does not guess them.
 */
export function useClosingStep() {
  const { t } = useTranslation('closing');
  const { message } = App.useApp();
  const [refusal, setRefusal] = useState<string>();
  const run = async (step: () => Promise<unknown>, done: string): Promise<boolean> => {
    setRefusal(undefined);
    try {
      await step();
      void message.success(done);
      return true;
    } catch (error) {
      setRefusal((error as Error).message);
      return false;
    }
  };
  const refusalAlert = refusal ? (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('refused')}
      description={refusal}
      closable={{ onClose: () => setRefusal(undefined) }}
    />
  ) : null;
  return { run, refusalAlert };
}
