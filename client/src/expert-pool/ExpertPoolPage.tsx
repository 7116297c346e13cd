import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CyclePage } from '../cycles/CyclePage';
import { ExpertDrawer } from './ExpertDrawer';
import { ExpertImport } from './ExpertImport';
import { ExpertTable } from './ExpertTable';

/** Which expert the drawer edits: a new one, or one of the table's. */
type Editing = { expertId?: string } | undefined;

/** The secretariat's expert pool: the cycle's experts, each edited in a drawer, and the spreadsheet import. */
export function ExpertPoolPage() {
  const { t } = useTranslation('expertPool');
  const [editing, setEditing] = useState<Editing>();
  return (
    <CyclePage title={t('title')}>
      {(cycle) => (
        <>
          <Typography.Text type="secondary">{t('intro')}</Typography.Text>
          <Flex>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
              {t('create')}
            </Button>
          </Flex>
          <ExpertTable cycleId={cycle.id} onEdit={(expertId) => setEditing({ expertId })} />
          <ExpertImport cycleId={cycle.id} />
          {editing && (
            <ExpertDrawer
              cycleId={cycle.id}
              expertId={editing.expertId}
              onClose={() => setEditing(undefined)}
            />
          )}
        </>
      )}
    </CyclePage>
  );
}
