import { useQuery } from '@apollo/client/react';
import { AwardCategory } from '@award/schema/generated/graphql';
import { Empty, Flex, Spin, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { CyclePage } from '../cycles/CyclePage';
import { finalListQuery } from './ApprovalPanel';
import { FinalListTable } from './FinalListTable';
import { publicityListQuery } from './PublicityPanel';
import { PublicityTable } from './PublicityTable';

/** What everyone signed in may read of a category's outcome: the final list once approved, else the publicity list. */
function CategoryLists({ cycleId, category }: { cycleId: string; category: AwardCategory }) {
  const { t } = useTranslation('closing');
  const language = useLanguage();
  const variables = { cycleId, category };
  const final = useQuery(finalListQuery, { variables, fetchPolicy: 'cache-and-network' });
  const publicity = useQuery(publicityListQuery, { variables, fetchPolicy: 'cache-and-network' });
  if (final.loading || publicity.loading) return <Spin />;
  const finalList = final.data?.finalList;
  const publicityList = publicity.data?.publicityList;
  if (finalList) {
    return (
      <Flex vertical gap="small">
        <Typography.Title level={5}>{t('approval.title')}</Typography.Title>
        <Typography.Text type="secondary">
          {t('approval.approvedAt', { at: formatInstant(finalList.approvedAt, language) })}
        </Typography.Text>
        <FinalListTable entries={finalList.entries} />
      </Flex>
    );
  }
  if (publicityList) {
    return (
      <Flex vertical gap="small">
        <Typography.Title level={5}>{t('publicity.title')}</Typography.Title>
        <Typography.Text type="secondary">
          {t('publicity.window', {
            opens: formatInstant(publicityList.publicityOpensAt, language),
            closes: formatInstant(publicityList.publicityClosesAt, language),
          })}
        </Typography.Text>
        <PublicityTable entries={publicityList.entries} />
      </Flex>
    );
  }
  return <Empty description={t('publicity.notPublished')} />;
}

/** The published outcome of the cycle (公示与获奖名单), for every signed-in user, nominators included. */
export function AwardListsPage() {
  const { t } = useTranslation(['closing', 'nominations']);
  return (
    <CyclePage title={t('awardListsTitle')}>
      {(cycle) => (
        <Tabs
          destroyOnHidden
          items={Object.values(AwardCategory).map((category) => ({
            key: category,
            label: t(`nominations:category.${category}`),
            children: <CategoryLists cycleId={cycle.id} category={category} />,
          }))}
        />
      )}
    </CyclePage>
  );
}
