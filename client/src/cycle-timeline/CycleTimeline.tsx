import { Alert, Button, Card, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../app/ListTable';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { type CycleWindow, useCycleWindows } from '../cycles/cycle-window';
import { WindowDialog } from './WindowDialog';

/** The cycle's windows in order, each changed by the secretariat (setCycleWindow), shown in the cycle's zone. */
export function CycleTimeline({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation(['cycleTimeline', 'cycles']);
  const language = useLanguage();
  const { data, error, loading } = useCycleWindows(cycleId);
  const [editing, setEditing] = useState<CycleWindow>();
  const cycle = data?.awardCycle;
  const inZone = (instant: string) => formatInstant(instant, language, cycle?.timeZone);
  const columns: TableColumnsType<CycleWindow> = [
    { key: 'kind', title: t('window'), render: (_, window) => t(`cycles:window.${window.kind}`) },
    { key: 'opensAt', title: t('opensAt'), render: (_, window) => inZone(window.opensAt) },
    { key: 'closesAt', title: t('closesAt'), render: (_, window) => inZone(window.closesAt) },
    {
      key: 'edit',
      title: '',
      render: (_, window) => (
        <Button size="small" onClick={() => setEditing(window)}>
          {t('edit')}
        </Button>
      ),
    },
  ];
  return (
    <Card title={t('title')} aria-label={t('title')}>
      {error && <Alert type="error" showIcon title={t('loadFailed')} description={error.message} />}
      <ListTable<CycleWindow>
        rows={cycle?.windows ?? []}
        isLoading={loading}
        minWidth={600}
        columns={columns}
        size="small"
      />
      {cycle && editing && (
        <WindowDialog
          cycleId={cycleId}
          timeZone={cycle.timeZone}
          window={editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Card>
  );
}
