export { WaterfallChart, type WaterfallStep, type WaterfallChartProps } from './waterfall-chart';
export { PALETTE } from './palette';
