import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './use-sheet-autosave';

// Why autosave stopped, and whether loading the latest version is the way on (not after the deadline).
const stops = {
  conflict: { title: 'conflict.title', description: 'conflict.description', canReload: true },
  locked: { title: 'conflict.lockedTitle', description: undefined, canReload: true },
  windowClosed: { title: 'windowClosed.title', description: 'windowClosed.description', canReload: false },
} as const;

interface SaveStoppedAlertProps {
  state: SaveState;
  onReload: () => void;
  isReloading: boolean;
}

/** Shown while autosave has stopped: a newer version elsewhere, a sheet submitted elsewhere, the deadline. */
export function SaveStoppedAlert({ state, onReload, isReloading }: SaveStoppedAlertProps) {
  const { t } = useTranslation('scoring');
  if (!(state.kind in stops)) return null;
  const stop = stops[state.kind as keyof typeof stops];
  return (
    <Alert
      type="error"
      showIcon
      title={t(stop.title)}
      description={stop.description && t(stop.description)}
      action={
        stop.canReload && (
          <Button type="primary" loading={isReloading} onClick={onReload}>
            {t('conflict.reload')}
          </Button>
        )
      }
    />
  );
}
