import { Button, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AutosaveState } from '../app/AutosaveState';
import { formatTimeToSecond } from '../app/time';
import type { SaveState } from './use-sheet-autosave';

interface SheetToolbarProps {
  total: number;
  maxTotal: number;
  scoredCount: number;
  criterionCount: number;
  saveState: SaveState;
  isSubmitting: boolean;
  onSaveNow: () => void;
  onSubmit: () => void;
}

/** Kept at the top of the sheet while it scrolls: the running total, the save state and the two actions. */
export function SheetToolbar(props: SheetToolbarProps) {
  const { t } = useTranslation('scoring');
  const { total, maxTotal, scoredCount, criterionCount, saveState } = props;
  return (
    <Flex
      vertical
      gap={4}
      style={{ position: 'sticky', top: 0, zIndex: 2, background: '#fff', padding: '8px 0' }}
    >
      <Flex align="center" justify="space-between" gap="small" wrap>
        <Space size="middle" wrap>
          <Typography.Text strong aria-label={t('sheet.total')} data-testid="running-total">
            {t('sheet.totalLine', { total, max: maxTotal })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('sheet.scoredCount', { scored: scoredCount, all: criterionCount })}
          </Typography.Text>
          {/* To the second: an expert checking that a change went in sees the time move. */}
          <AutosaveState state={saveState} namespace="scoring" formatTime={formatTimeToSecond} />
        </Space>
        <Space>
          <Button onClick={props.onSaveNow}>{t('sheet.saveNow')}</Button>
          <Button type="primary" loading={props.isSubmitting} onClick={props.onSubmit}>
            {t('sheet.submit')}
          </Button>
        </Space>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('sheet.shortcuts')}
      </Typography.Text>
    </Flex>
  );
}
