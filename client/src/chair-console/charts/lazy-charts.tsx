import { Skeleton } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';

// echarts is the console's heaviest dependency: its module is fetched the first time a chart is drawn, so
// the progress and the ranking are shown without waiting for it. Each chart is drawn inside ChartSuspense.
export const ScoreHistogram = lazy(() =>
  import('./ScoreHistogram').then((m) => ({ default: m.ScoreHistogram })),
);
export const SpreadBars = lazy(() => import('./SpreadBars').then((m) => ({ default: m.SpreadBars })));
export const SheetTotalsBoxplot = lazy(() =>
  import('./SheetTotalsBoxplot').then((m) => ({ default: m.SheetTotalsBoxplot })),
);
export const CriterionMeansChart = lazy(() =>
  import('./CriterionMeansChart').then((m) => ({ default: m.CriterionMeansChart })),
);

/** Where a chart stands while its module loads. */
export function ChartSuspense({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 200 }} />}>{children}</Suspense>
  );
}
