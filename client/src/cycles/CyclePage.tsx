import { Alert, Empty, Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName, useLanguage } from '../app/language';
import { PageHeading } from '../app/PageHeading';
import { type CurrentCycle, useCurrentCycle } from './current-cycle';

interface CyclePageProps {
  title: string;
  children: (cycle: CurrentCycle) => ReactNode;
}

/** A screen about the current cycle: its heading names the cycle, and its body waits until it is known. */
export function CyclePage({ title, children }: CyclePageProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { cycle, loading, error } = useCurrentCycle();
  return (
    <Flex vertical gap="middle">
      <PageHeading title={title} intro={cycle && localizedName(cycle, language)} />
      {error && <Alert type="error" showIcon title={error.message} />}
      {loading && <Spin />}
      {!loading && !error && !cycle && <Empty description={t('noCycle')} />}
      {cycle && children(cycle)}
    </Flex>
  );
}
