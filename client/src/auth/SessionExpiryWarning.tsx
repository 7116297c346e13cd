import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { useSessionExpiresAt } from './session';

// Sessions last twelve hours and are not extended by use: a warning this long ahead leaves time to save.
const warningLeadMs = 10 * 60 * 1000;
// setTimeout fires at once for longer delays than this (2³¹ − 1 ms, about 24 days).
const longestTimerMs = 2 ** 31 - 1;

function isEndingSoon(expiresAt: string | null): boolean {
  return expiresAt !== null && Date.parse(expiresAt) - Date.now() <= warningLeadMs;
}

/** A banner once the session is about to end, so that nobody loses a half-filled form to the sign-in page. */
export function SessionExpiryWarning() {
  const { t } = useTranslation('auth');
  const language = useLanguage();
  const expiresAt = useSessionExpiresAt();
  const [isShown, setShown] = useState(() => isEndingSoon(expiresAt));

  useEffect(() => {
    setShown(isEndingSoon(expiresAt));
    if (expiresAt === null) return;
    const delay = Date.parse(expiresAt) - warningLeadMs - Date.now();
    const timer = setTimeout(() => setShown(true), Math.min(delay, longestTimerMs));
    return () => clearTimeout(timer);
  }, [expiresAt]);

  if (!isShown || expiresAt === null) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      title={t('sessionEndsSoon', { time: formatInstant(expiresAt, language) })}
    />
  );
}
