import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChartSuspense, ScoreHistogram, SpreadBars } from './charts/lazy-charts';
import { RankingTable } from './RankingTable';
import type { RankingRow } from './use-review-progress';

interface CategoryRankingProps {
  rows: readonly RankingRow[];
  onOpen: (row: RankingRow) => void;
}

/** One category: its ranking, then how its scores and its experts' spreads are distributed. */
export function CategoryRanking({ rows, onOpen }: CategoryRankingProps) {
  const { t } = useTranslation('chairConsole');
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <RankingTable rows={rows} onOpen={onOpen} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('ranking.incompleteNote')}
        </Typography.Paragraph>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('charts.histogramTitle')}>
          <Typography.Text type="secondary">{t('charts.histogramHint')}</Typography.Text>
          <ChartSuspense>
            <ScoreHistogram rows={rows} />
          </ChartSuspense>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('charts.spreadTitle')}>
          <Typography.Text type="secondary">{t('charts.spreadHint')}</Typography.Text>
          <ChartSuspense>
            <SpreadBars rows={rows} />
          </ChartSuspense>
        </Card>
      </Col>
    </Row>
  );
}
