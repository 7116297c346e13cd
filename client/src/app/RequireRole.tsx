import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../auth/viewer';
import { type Feature, isFeatureFor } from './features';
import { HomeLinkResult } from './HomeLinkResult';

/**
 * A screen opened by a role it is not for (an old link, someone else's bookmark) says so instead of
 * showing the server's refusals one by one.
 */
export function RequireRole({ feature, children }: { feature: Feature; children: ReactNode }) {
  const { t } = useTranslation();
  if (isFeatureFor(feature, useViewer().roles)) return children;
  return <HomeLinkResult status="403" subTitle={t('notForYourRole')} />;
}
