import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** A newer version was saved elsewhere: nothing is overwritten; the user reloads it to carry on. */
export function ConflictNotice({ onReload, isReloading }: { onReload: () => void; isReloading: boolean }) {
  const { t } = useTranslation('nominationForm');
  return (
    <Alert
      type="error"
      showIcon
      title={t('conflict.title')}
      description={t('conflict.description')}
      action={
        <Button type="primary" danger loading={isReloading} onClick={onReload}>
          {t('conflict.reload')}
        </Button>
      }
    />
  );
}
