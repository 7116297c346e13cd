import { Alert, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { formatScore } from './figures';
import { SeverityHelp } from './SeverityHelp';
import type { DrillDownResult } from './use-nomination-drill-down';

// award-rules.md, Aggregation: the trimmed mean from five sheets on.
const sheetsForTrimming = 5;

/** A nomination's figures side by side, each with what it is made of. */
export function ResultFigures({ result }: { result: DrillDownResult }) {
  const { t } = useTranslation(['chairConsole', 'nominations']);
  const language = useLanguage();
  const grade = (value: DrillDownResult['finalGrade']) => (value ? t(`nominations:grade.${value}`) : '—');
  const official =
    result.sheetCount >= sheetsForTrimming ? 'drillDown.officialTrimmed' : 'drillDown.officialPlain';
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {result.hasDisagreement && <Alert type="warning" showIcon title={t('drillDown.disagreement')} />}
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'official',
            label: t('drillDown.officialScore'),
            span: 'filled',
            children: (
              <Space wrap>
                <strong data-testid="official-score">{formatScore(result.officialScore)}</strong>
                <span>{t(official, { count: result.sheetCount })}</span>
              </Space>
            ),
          },
          {
            key: 'rank',
            label: t('drillDown.rank'),
            children: (
              <Space>
                {result.rank ?? '—'}
                {result.isTied && <Tag>{t('ranking.tied')}</Tag>}
              </Space>
            ),
          },
          { key: 'plainMean', label: t('drillDown.plainMean'), children: formatScore(result.plainMean) },
          { key: 'median', label: t('drillDown.median'), children: formatScore(result.median) },
          {
            key: 'severity',
            label: (
              <Space size={0}>
                {t('drillDown.severityAdjusted')}
                <SeverityHelp />
              </Space>
            ),
            children: formatScore(result.severityAdjusted),
          },
          { key: 'spread', label: t('drillDown.spread'), children: formatScore(result.spread) },
          { key: 'scoreGrade', label: t('drillDown.scoreGrade'), children: grade(result.scoreGrade) },
          {
            key: 'recommendedGrade',
            label: t('drillDown.recommendedGrade'),
            children: grade(result.recommendedGrade),
          },
          { key: 'finalGrade', label: t('drillDown.finalGrade'), children: grade(result.finalGrade) },
          {
            key: 'computedAt',
            label: t('drillDown.computedAt'),
            children: formatInstant(result.computedAt, language),
          },
        ]}
      />
    </Space>
  );
}
