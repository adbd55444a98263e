export { WaterfallChart, type WaterfallStep, type WaterfallChartProps } from './waterfall-chart';
export { PALETTE } from './palette';
export { ChartFrame, DEFAULT_FRAME_LABELS, ENGLISH_FRAME_LABELS, type ChartFrameProps, type ChartFrameLabels, type ChartColumn, type ChartRow } from './chart-frame';
export { CategoryBarChart, wrapLabel, type CategoryBarChartProps, type BarDatum, type BarSeries } from './bar-chart';
export { TimePathChart, type TimePathChartProps, type TimePathPoint, type TimePathLabels } from './time-path-chart';
export { svgToString, fileSlug } from './chart-export';
export type { ExportLegendItem, ExportHeading } from './chart-export';
export { StackedBarChart, type StackedBarChartProps } from './programme-stacked-bar';
