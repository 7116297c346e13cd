import { useTranslation } from 'react-i18next';
import type { RankingRow } from '../use-review-progress';
import { EChart } from './EChart';

// Bands of five points from 50 on; a score below 50 counts in the first band (none reaches a grade).
const bandWidth = 5;
const lowestBand = 50;
const bands = Array.from({ length: (100 - lowestBand) / bandWidth }, (_, i) => lowestBand + i * bandWidth);

function bandOf(score: number): number {
  const start = Math.floor(score / bandWidth) * bandWidth;
  return Math.min(100 - bandWidth, Math.max(lowestBand, start));
}

/** How the category's preliminary scores are spread over five-point bands. */
export function ScoreHistogram({ rows }: { rows: readonly RankingRow[] }) {
  const { t } = useTranslation('chairConsole');
  const counts = new Map(bands.map((band) => [band, 0]));
  for (const row of rows) {
    if (row.officialScore == null) continue;
    const band = bandOf(row.officialScore);
    counts.set(band, (counts.get(band) ?? 0) + 1);
  }
  return (
    <EChart
      label={t('charts.histogramTitle')}
      option={{
        tooltip: { trigger: 'axis' },
        grid: { left: 40, right: 16, top: 16, bottom: 32 },
        xAxis: { type: 'category', data: bands.map((band) => `${band}–${band + bandWidth}`) },
        yAxis: { type: 'value', name: t('charts.histogramAxis'), minInterval: 1 },
        series: [
          { type: 'bar', name: t('charts.histogramAxis'), data: bands.map((band) => counts.get(band) ?? 0) },
        ],
      }}
    />
  );
}
