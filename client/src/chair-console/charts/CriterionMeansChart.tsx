import { useTranslation } from 'react-i18next';
import { localizedName, useLanguage } from '../../app/language';
import type { CriterionMeanRow } from '../use-nomination-drill-down';
import { EChart } from './EChart';

/** Each criterion's mean against its maximum, a disagreement in orange (award-rules.md, Aggregation). */
export function CriterionMeansChart({ means }: { means: readonly CriterionMeanRow[] }) {
  const { t } = useTranslation('chairConsole');
  const language = useLanguage();
  const names = means.map((mean) => localizedName(mean.criterion, language));
  return (
    <EChart
      label={t('drillDown.criterionTitle')}
      height={40 + 36 * means.length}
      option={{
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 8, right: 24, top: 8, bottom: 32, containLabel: true },
        yAxis: { type: 'category', data: names, inverse: true },
        xAxis: { type: 'value' },
        series: [
          {
            type: 'bar',
            name: t('drillDown.mean'),
            data: means.map((mean) => ({
              value: Number(mean.mean.toFixed(2)),
              itemStyle: { color: mean.isDisagreement ? '#fa8c16' : '#1677ff' },
            })),
          },
          {
            type: 'bar',
            name: t('drillDown.maxPoints'),
            barGap: '-100%',
            z: -1,
            itemStyle: { color: '#f0f0f0' },
            data: means.map((mean) => mean.criterion.maxPoints),
          },
        ],
      }}
    />
  );
}
