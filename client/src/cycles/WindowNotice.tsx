import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { durationParts, formatInstant } from '../app/time';
import { type CycleWindowState, useNow } from './cycle-window';

/** The seconds ticking down to a window's opening or closing; only this line re-renders every second. */
function Countdown({ to, message }: { to: string; message: 'timeLeft' | 'timeToOpen' }) {
  const { t } = useTranslation('cycles');
  const now = useNow();
  return <Typography.Text strong>{t(message, { ...durationParts(Date.parse(to) - now) })}</Typography.Text>;
}

/** A window's times in the cycle's zone, and the time left in it, or that it is closed (writing is then off). */
export function WindowNotice({ state }: { state: CycleWindowState }) {
  const { t } = useTranslation('cycles');
  const language = useLanguage();
  const { window, phase, timeZone } = state;
  if (state.error) return <Alert type="error" showIcon title={state.error.message} />;
  if (!window || !phase || !timeZone) return null;
  const name = t(`window.${window.kind}`);
  const times = t('windowTimes', {
    window: name,
    opensAt: formatInstant(window.opensAt, language, timeZone),
    closesAt: formatInstant(window.closesAt, language, timeZone),
    timeZone,
  });
  if (phase === 'closed') {
    return (
      <Alert
        type="warning"
        showIcon
        role="status"
        title={t('closed', { window: name })}
        description={times}
      />
    );
  }
  return (
    <Alert
      type={phase === 'open' ? 'info' : 'warning'}
      showIcon
      role="status"
      title={
        phase === 'open' ? (
          <Countdown to={window.closesAt} message="timeLeft" />
        ) : (
          <>
            {t('notYetOpen', { window: name })} <Countdown to={window.opensAt} message="timeToOpen" />
          </>
        )
      }
      description={times}
    />
  );
}
