import { AwardCategory, Role } from '@award/schema/generated/graphql';
import { Alert, Badge, Col, Flex, Row, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../auth/viewer';
import { CyclePage } from '../cycles/CyclePage';
import { CategoryProgressPanel } from './CategoryProgressPanel';
import { CategoryRanking } from './CategoryRanking';
import { DisagreementList } from './DisagreementList';
import { ExpertsPanel } from './ExpertsPanel';
import { LiveFeed } from './LiveFeed';
import { NominationDrillDown } from './NominationDrillDown';
import { useReviewProgress } from './use-review-progress';

/** The live part of the console: everything drawn from the latest snapshot of the cycle's review. */
function ReviewDashboard({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation(['chairConsole', 'nominations']);
  const { snapshot, error } = useReviewProgress(cycleId);
  const isChair = useViewer().roles.includes(Role.Chair);
  // The nomination is remembered, not its row: the drill-down follows the row through each new snapshot.
  const [openId, setOpenId] = useState<string>();
  const open = ({ nominationId }: { nominationId: string }) => setOpenId(nominationId);
  if (!snapshot) {
    return error ? (
      <Alert type="error" showIcon title={t('liveFailed')} description={error.message} />
    ) : (
      <Spin tip={t('waiting')}>
        <div style={{ height: 120 }} />
      </Spin>
    );
  }
  const rowsOf = (category: AwardCategory) => snapshot.ranking.filter((row) => row.category === category);
  return (
    <Flex vertical gap="large">
      {error && <Alert type="warning" showIcon title={t('liveFailed')} />}
      <section aria-label={t('progress.title')}>
        <Space style={{ marginBottom: 8 }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('progress.title')}
          </Typography.Title>
          <Badge status={error ? 'error' : 'processing'} text={t('live')} />
        </Space>
        <CategoryProgressPanel categories={snapshot.categories} />
      </section>
      <section aria-label={t('ranking.title')}>
        <Typography.Title level={5}>{t('ranking.title')}</Typography.Title>
        <Tabs
          items={[
            ...Object.values(AwardCategory).map((category) => ({
              key: category,
              label: t(`nominations:category.${category}`),
              children: <CategoryRanking rows={rowsOf(category)} onOpen={open} />,
            })),
            {
              key: 'disagreements',
              label: t('disagreements.tab'),
              children: <DisagreementList ranking={snapshot.ranking} onOpen={open} />,
            },
            {
              key: 'experts',
              label: t('experts.tab'),
              children: <ExpertsPanel cycleId={cycleId} experts={snapshot.experts} mayExtend={isChair} />,
            },
          ]}
        />
      </section>
      <NominationDrillDown
        row={snapshot.ranking.find((row) => row.nominationId === openId)}
        onClose={() => setOpenId(undefined)}
      />
    </Flex>
  );
}

/** The chair's console: the review as it happens, and what happens to the cycle's nominations. */
export function ChairConsole() {
  const { t } = useTranslation('chairConsole');
  return (
    <CyclePage title={t('title')}>
      {(cycle) => (
        <Row gutter={[24, 24]}>
          <Col xs={24} xxl={17}>
            <ReviewDashboard cycleId={cycle.id} />
          </Col>
          <Col xs={24} xxl={7}>
            <LiveFeed cycleId={cycle.id} />
          </Col>
        </Row>
      )}
    </CyclePage>
  );
}
