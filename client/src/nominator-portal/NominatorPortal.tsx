import { PlusOutlined } from '@ant-design/icons';
import { WindowKind } from '@award/schema/generated/graphql';
import { Button, Drawer, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../app/PageHeading';
import { useViewer } from '../auth/viewer';
import { useCurrentCycle } from '../cycles/current-cycle';
import { useCycleWindow } from '../cycles/cycle-window';
import { WindowNotice } from '../cycles/WindowNotice';
import { MyNominationList } from './MyNominationList';
import { NominationHistory } from './NominationHistory';
import { StartNominationDialog } from './StartNominationDialog';

/** A nominator's home: its organization's nominations with their next steps, the history of one, a new one. */
export function NominatorPortal() {
  const { t } = useTranslation('nominatorPortal');
  const { organization } = useViewer();
  const { cycle } = useCurrentCycle();
  const nominationWindow = useCycleWindow(cycle?.id, WindowKind.Nomination);
  const [isStarting, setStarting] = useState(false);
  // The nomination whose history is open is in the address, so that it survives a reload and a sign-in.
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('nomination') ?? undefined;
  return (
    <Flex vertical gap="middle">
      <PageHeading
        title={t('title')}
        intro={organization?.name}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            // Only inside the window; the server refuses a draft outside it all the same.
            disabled={!cycle || nominationWindow.phase !== 'open'}
            onClick={() => setStarting(true)}
          >
            {t('start.button')}
          </Button>
        }
      />
      <WindowNotice state={nominationWindow} />
      {cycle && (
        <StartNominationDialog cycleId={cycle.id} isOpen={isStarting} onClose={() => setStarting(false)} />
      )}
      <MyNominationList onShowHistory={(id) => setParams({ nomination: id })} />
      <Drawer
        open={selectedId !== undefined}
        onClose={() => setParams({})}
        size="large"
        title={t('historyTitle')}
      >
        {selectedId && <NominationHistory nominationId={selectedId} />}
      </Drawer>
    </Flex>
  );
}
