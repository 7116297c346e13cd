import {
  CheckCircleOutlined,
  CloudUploadOutlined,
  ExclamationCircleOutlined,
  LoadingOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { formatTimeOfDay } from '../app/time';
import type { SaveState } from './use-autosave';

/** Where the autosave stands, always in sight: saving, saved at hh:mm, a newer version elsewhere, refused. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation('nominationForm');
  const language = useLanguage();
  const time = (at: Date) => formatTimeOfDay(at, language);
  const shown = (() => {
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
          text: t('save.saved', { time: time(state.at) }),
        };
      case 'incomplete':
        return {
          color: 'warning',
          icon: <ExclamationCircleOutlined />,
          text: state.at ? t('save.incompleteSince', { time: time(state.at) }) : t('save.incomplete'),
        };
      case 'conflict':
        return { color: 'error', icon: <ExclamationCircleOutlined />, text: t('save.conflict') };
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
