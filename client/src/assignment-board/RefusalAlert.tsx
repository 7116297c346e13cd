import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/** The server's refusal of a change, in words, until the next try or until closed. */
export function RefusalAlert({ refusal, onClose }: { refusal?: string; onClose: () => void }) {
  const { t } = useTranslation('assignmentBoard');
  if (!refusal) return null;
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      title={t('refused', { message: refusal })}
      style={{ whiteSpace: 'pre-line' }}
    />
  );
}
