import { useTranslation } from 'react-i18next';
import type { RankingRow } from '../use-review-progress';
import { EChart } from './EChart';

// award-rules.md, Aggregation: a spread of totals above 25 points is a disagreement.
const disagreementSpread = 25;

/** The spread of the experts' totals for each nomination of a category, in rank order, against the threshold. */
export function SpreadBars({ rows }: { rows: readonly RankingRow[] }) {
  const { t } = useTranslation('chairConsole');
  const scored = rows.filter((row) => row.spread != null);
  return (
    <EChart
      label={t('charts.spreadTitle')}
      option={{
        tooltip: { trigger: 'axis' },
        grid: { left: 40, right: 16, top: 24, bottom: 56 },
        xAxis: { type: 'category', data: scored.map((row) => row.code), axisLabel: { rotate: 45 } },
        yAxis: { type: 'value', name: t('charts.spreadAxis') },
        series: [
          {
            type: 'bar',
            name: t('charts.spreadAxis'),
            data: scored.map((row) => ({
              value: row.spread,
              itemStyle: { color: row.hasDisagreement ? '#fa8c16' : '#1677ff' },
            })),
            markLine: {
              symbol: 'none',
              lineStyle: { type: 'dashed', color: '#cf1322' },
              label: { formatter: t('charts.threshold') },
              data: [{ yAxis: disagreementSpread }],
            },
          },
        ],
      }}
    />
  );
}
