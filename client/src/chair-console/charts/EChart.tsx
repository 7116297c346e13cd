import {
  BarChart,
  type BarSeriesOption,
  BoxplotChart,
  type BoxplotSeriesOption,
  ScatterChart,
  type ScatterSeriesOption,
} from 'echarts/charts';
import {
  AriaComponent,
  type AriaComponentOption,
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  MarkLineComponent,
  type MarkLineComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
// The package's ES module build: its CommonJS one (lib/) reaches the bundle as a module object, not a component.
import ReactEChartsCore from 'echarts-for-react/esm/core';

// Only the charts and parts the console draws are bundled (echarts' own tree-shaking entry points); this
// module is loaded on demand, so the console's first paint does not wait for it.
echarts.use([
  BarChart,
  BoxplotChart,
  ScatterChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | BoxplotSeriesOption
  | ScatterSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

interface EChartProps {
  /** What the chart shows, for screen readers (echarts' aria also describes the data). */
  label: string;
  option: ChartOption;
  height?: number;
}

/**
 * One chart. A new snapshot's figures are merged into the drawn chart (every chart keeps its series), so the
 * bars move to their new values instead of being drawn again from zero; the canvas follows the width.
 */
export function EChart({ label, option, height = 260 }: EChartProps) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore
        echarts={echarts}
        option={{ aria: { enabled: true }, ...option }}
        style={{ height, width: '100%' }}
      />
    </div>
  );
}
