export { WaterfallChart } from './waterfall-chart';
export { DEFAULT_FRAME_LABELS, ENGLISH_FRAME_LABELS, type ChartFrameLabels } from './chart-frame';
export { CategoryBarChart, type BarDatum } from './bar-chart';
export { TimePathChart } from './time-path-chart';
export { StackedBarChart } from './programme-stacked-bar';
export { TornadoChart } from './tornado-chart';
export { HistogramChart } from './histogram-chart';
export { FanChart } from './fan-chart';
export { HeatmapChart } from './heatmap-chart';
