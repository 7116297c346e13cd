import { useTranslation } from 'react-i18next';
import { HomeLinkResult } from './HomeLinkResult';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <HomeLinkResult status="404" subTitle={t('notFound')} />;
}
