import { CategoryBarChart as BarChartImpl } from './bar-chart';
import { FanChart as FanChartImpl } from './fan-chart';
import { HeatmapChart as HeatmapChartImpl } from './heatmap-chart';
import { HistogramChart as HistogramChartImpl } from './histogram-chart';
import { StackedBarChart as StackedBarChartImpl } from './programme-stacked-bar';
import { stable } from './stable';
import { TimePathChart as TimePathChartImpl } from './time-path-chart';
import { TornadoChart as TornadoChartImpl } from './tornado-chart';
import { WaterfallChart as WaterfallChartImpl } from './waterfall-chart';

export { chainSteps } from './chain-steps';
export { DEFAULT_FRAME_LABELS, ENGLISH_FRAME_LABELS, type ChartFrameLabels } from './chart-frame';
export { DrawNearViewportOnly } from './near-viewport';
export type { BarDatum } from './bar-chart';
export { chartToPng, type ExportLegendItem } from './chart-export';

// Every chart renders again only when its props change by value (see stable.tsx): a screen re-renders on each
// query that resolves, and re-drawing a dozen unchanged Recharts charts each time was most of the Overview's cost.
export const WaterfallChart = stable(WaterfallChartImpl);
export const CategoryBarChart = stable(BarChartImpl);
export const TimePathChart = stable(TimePathChartImpl);
export const StackedBarChart = stable(StackedBarChartImpl);
export const TornadoChart = stable(TornadoChartImpl);
export const HistogramChart = stable(HistogramChartImpl);
export const FanChart = stable(FanChartImpl);
export const HeatmapChart = stable(HeatmapChartImpl);
