import { Alert, Badge } from 'antd';
import { useTranslation } from 'react-i18next';

/** Whether the ballots shown follow the server live, or have stopped doing so. */
export function LiveBadge({ error }: { error?: Error }) {
  const { t } = useTranslation('reReview');
  return error ? (
    <Alert type="warning" showIcon title={t('liveFailed')} description={error.message} />
  ) : (
    <Badge status="processing" text={t('live')} />
  );
}
