import { MC_FIGURES, type MonteCarloResult } from '../../model';

const BINS = 30;
const figure = (scale: number) => ({
  p10: 8 * scale,
  p50: 15 * scale,
  p90: 22 * scale,
  mean: 15 * scale,
  min: 0,
  max: BINS * scale,
  histogram: {
    edges: Array.from({ length: BINS + 1 }, (_, i) => i * scale),
    counts: Array.from({ length: BINS }, (_, i) => 1 + ((i * 7) % 11)),
  },
});

/**
 * A result of a real run's shape (30 bins a figure, a ten-year fan), never shown: the charts are mounted with it,
 * hidden, before the first run, so that run updates them instead of mounting them (see mc-charts.tsx).
 */
export const STAND_IN: MonteCarloResult = {
  draws: 10_000,
  seed: 0,
  figures: Object.fromEntries(MC_FIGURES.map((f) => [f, figure(f === 'bcr' ? 0.1 : 1e6)])) as MonteCarloResult['figures'],
  socialGainSorted: new Float64Array(0),
  fan: Array.from({ length: 10 }, (_, year) => ({ year, p10: year, p25: year + 1, p50: year + 2, p75: year + 3, p90: year + 4 })),
  varied: [],
};
