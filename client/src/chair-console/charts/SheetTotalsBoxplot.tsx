import { useTranslation } from 'react-i18next';
import type { CountedSheetRow } from '../use-nomination-drill-down';
import { fiveNumbers } from './box-stats';
import { EChart } from './EChart';

/**
 * The spread of a nomination's sheet totals, as they were given and as adjusted for each expert's severity:
 * a box each, the sheets as points over it (the trimmed ones hollow).
 */
export function SheetTotalsBoxplot({ sheets }: { sheets: readonly CountedSheetRow[] }) {
  const { t } = useTranslation('chairConsole');
  const groups = [t('drillDown.chartRaw'), t('drillDown.chartAdjusted')];
  const points = (value: (sheet: CountedSheetRow) => number, group: string) =>
    sheets.map((sheet) => ({
      value: [group, value(sheet)],
      name: sheet.sheet.assignment.expert.name,
      itemStyle: sheet.isTrimmed ? { color: '#fff', borderColor: '#8c8c8c', borderWidth: 1 } : undefined,
    }));
  return (
    <EChart
      label={t('drillDown.chartTitle')}
      height={240}
      option={{
        tooltip: { trigger: 'item' },
        grid: { left: 48, right: 16, top: 16, bottom: 32 },
        xAxis: { type: 'category', data: groups },
        yAxis: { type: 'value', scale: true },
        series: [
          {
            type: 'boxplot',
            data: [
              fiveNumbers(sheets.map((sheet) => sheet.total)),
              fiveNumbers(sheets.map((sheet) => sheet.adjustedTotal)),
            ],
          },
          {
            type: 'scatter',
            data: [
              ...points((sheet) => sheet.total, groups[0]),
              ...points((sheet) => sheet.adjustedTotal, groups[1]),
            ],
          },
        ],
      }}
    />
  );
}
