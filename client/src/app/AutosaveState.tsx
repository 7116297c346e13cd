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
import type { AutosaveProgress } from './autosave';
import { type Language, useLanguage } from './language';

/** Every state an autosave can be in; each screen's autosave reaches some of them. */
export type AutosaveStateShown =
  | AutosaveProgress
  | { kind: 'incomplete'; at?: Date }
  | { kind: 'locked' }
  | { kind: 'windowClosed' }
  | { kind: 'error'; message: string };

/** The namespaces whose `save` texts word an autosave's states: each screen keeps its own wording. */
export type AutosaveNamespace = 'nominationForm' | 'scoring';

interface AutosaveStateProps {
  state: AutosaveStateShown;
  namespace: AutosaveNamespace;
  /** The time of the last save as shown: to the minute, or to the second where a user watches it move. */
  formatTime: (at: Date, language: Language) => string;
}

/** Where an autosave stands, always in sight: saving, saved at a time, a newer version elsewhere, refused. */
export function AutosaveState({ state, namespace, formatTime }: AutosaveStateProps) {
  const { t } = useTranslation(namespace, { keyPrefix: 'save' });
  const language = useLanguage();
  const time = (at: Date) => formatTime(at, language);
  const shown: { color: string; icon: ReactNode; text: string } = (() => {
    switch (state.kind) {
      case 'idle':
        return { color: 'default', icon: <CheckCircleOutlined />, text: t('idle') };
      case 'pending':
        return { color: 'default', icon: <CloudUploadOutlined />, text: t('pending') };
      case 'saving':
        return { color: 'processing', icon: <LoadingOutlined />, text: t('saving') };
      case 'saved':
        return {
          color: 'success',
          icon: <CheckCircleOutlined />,
          text: t('saved', { time: time(state.at) }),
        };
      case 'incomplete':
        return {
          color: 'warning',
          icon: <ExclamationCircleOutlined />,
          text: state.at ? t('incompleteSince', { time: time(state.at) }) : t('incomplete'),
        };
      case 'conflict':
        return { color: 'error', icon: <ExclamationCircleOutlined />, text: t('conflict') };
      case 'locked':
        return { color: 'error', icon: <LockOutlined />, text: t('locked') };
      case 'windowClosed':
        return { color: 'error', icon: <ClockCircleOutlined />, text: t('windowClosed') };
      case 'error':
        return {
          color: 'error',
          icon: <ExclamationCircleOutlined />,
          text: t('error', { message: state.message }),
        };
    }
  })();
  return (
    <Tag role="status" aria-live="polite" data-save-state={state.kind} color={shown.color} icon={shown.icon}>
      {shown.text}
    </Tag>
  );
}
