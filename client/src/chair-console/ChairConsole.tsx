import { AwardCategory } from '@award/schema/generated/graphql';
import { Col, Row, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CyclePage } from '../cycles/CyclePage';
import { ResultsRanking } from './ResultsRanking';
import { StatusChangeFeed } from './StatusChangeFeed';

/** The chair's home: the ranking of each category, and the cycle's changes of state as they happen. */
export function ChairConsole() {
  const { t } = useTranslation(['chairConsole', 'nominations']);
  return (
    <CyclePage title={t('title')}>
      {(cycle) => (
        <Row gutter={[24, 24]}>
          <Col xs={24} xxl={17}>
            <Typography.Title level={5}>{t('rankingTitle')}</Typography.Title>
            <Tabs
              items={Object.values(AwardCategory).map((category) => ({
                key: category,
                label: t(`nominations:category.${category}`),
                children: <ResultsRanking cycleId={cycle.id} category={category} />,
              }))}
            />
          </Col>
          <Col xs={24} xxl={7}>
            <StatusChangeFeed cycleId={cycle.id} />
          </Col>
        </Row>
      )}
    </CyclePage>
  );
}
