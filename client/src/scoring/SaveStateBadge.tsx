import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloudUploadOutlined,
  ExclamationCircleOutlined,
  LoadingOutlined,
  LockOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import type { SaveState } from './use-sheet-autosave';

/** The time of the last save to the second: an expert checking that a change went in sees it move. */
function clockTime(at: Date, language: string): string {
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(at);
}

/** Where the autosave stands, always in sight beside the total. */
export function SaveStateBadge({ state }: { state: SaveState }) {
  const { t } = useTranslation('scoring');
  const language = useLanguage();
  const shown: { color: string; icon: ReactNode; text: string } = (() => {
    switch (state.kind) {
      case 'idle':
        return { color: 'default', icon: <CheckCircleOutlined />, text: t('save.idle') };
      case 'pending':
        return { color: 'default', icon: <CloudUploadOutlined />, text: t('save.pending') };
      case 'saving':
        return { color: 'processing', icon: <LoadingOutlined />, text: t('save.saving') };
      case 'saved':
        return {
          color: 'success',
          icon: <CheckCircleOutlined />,
          text: t('save.saved', { time: clockTime(state.at, language) }),
        };
      case 'conflict':
        return { color: 'error', icon: <ExclamationCircleOutlined />, text: t('save.conflict') };
      case 'locked':
        return { color: 'error', icon: <LockOutlined />, text: t('save.locked') };
      case 'windowClosed':
        return { color: 'error', icon: <ClockCircleOutlined />, text: t('save.windowClosed') };
      case 'error':
        return {
          color: 'error',
          icon: <ExclamationCircleOutlined />,
          text: t('save.error', { message: state.message }),
        };
    }
  })();
  return (
    <Tag role="status" aria-live="polite" data-save-state={state.kind} color={shown.color} icon={shown.icon}>
      {shown.text}
    </Tag>
  );
}
