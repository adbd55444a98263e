import type { Text } from './figure';
import { text } from './figure';
import { chainOutputs, type ChainOutputs, type ChainTables } from './lean-chain';
import { distributionIssue, sampler, type Distributions, type Sampler } from './distributions';
import type { NumericParamId, Params } from './parameter-types';
import { createRng, isSeed, MAX_SEED, type Rng } from './rng';

export const MC_FIGURES = ['nationalPotential', 'socialGain', 'presentValue', 'bcr'] as const;
export type McFigure = (typeof MC_FIGURES)[number];

export const MIN_DRAWS = 100;
export const MAX_DRAWS = 200_000;
export const DEFAULT_DRAWS = 10_000;
const HISTOGRAM_BINS = 30;

export interface MonteCarloSpec {
  draws: number;
  seed: number;
  /** Parameters not listed stay at the scenario's value. */
  distributions: Distributions;
}

export interface Histogram {
  /** Bin i covers [edges[i], edges[i + 1]); the last bin includes its upper edge. */
  edges: number[];
  counts: number[];
}

interface FigureSummary {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  min: number;
  max: number;
  histogram: Histogram;
}

interface FanYear {
  year: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

export interface MonteCarloResult {
  draws: number;
  seed: number;
  figures: Record<McFigure, FigureSummary>;
  /** The social gain of every draw, sorted ascending: P(S > threshold) for any threshold without a rerun. */
  socialGainSorted: Float64Array;
  /** Quantiles of the annual social gain S(k) per year of the scenario's horizon. */
  fan: FanYear[];
  /** Parameters that varied (the others were fixed at the scenario's value). */
  varied: NumericParamId[];
}

export interface McIssue {
  id: string;
  message: Text;
}

/** Every problem with a run's settings, at once (the form shows each at its field). */
export function monteCarloIssues(spec: MonteCarloSpec): McIssue[] {
  const issues: McIssue[] = [];
  if (!Number.isInteger(spec.draws) || spec.draws < MIN_DRAWS || spec.draws > MAX_DRAWS) {
    issues.push({
      id: 'draws',
      message: text(
        `draws must be a whole number from ${MIN_DRAWS} to ${MAX_DRAWS} (got ${spec.draws})`,
        `antal træk skal være et helt tal fra ${MIN_DRAWS} til ${MAX_DRAWS} (fik ${spec.draws})`,
      ),
    });
  }
  if (!isSeed(spec.seed)) {
    issues.push({
      id: 'seed',
      message: text(
        `the seed must be a whole number from 0 to ${MAX_SEED} (got ${spec.seed})`,
        `startværdien skal være et helt tal fra 0 til ${MAX_SEED} (fik ${spec.seed})`,
      ),
    });
  }
  for (const [id, d] of Object.entries(spec.distributions) as [NumericParamId, NonNullable<Distributions[NumericParamId]>][]) {
    const issue = distributionIssue(id, d);
    if (issue) issues.push({ id, message: issue });
  }
  return issues;
}

/** Type 7 quantile (linear between order statistics, as R's default and numpy's) of sorted values. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? 0;
  if (h === lo) return a;
  const b = sorted[Math.min(n - 1, lo + 1)] ?? a;
  return a + (h - lo) * (b - a);
}

/** Share of the sorted values strictly above the threshold. */
export function probabilityAbove(sorted: ArrayLike<number>, threshold: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= threshold) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length === 0 ? Number.NaN : (sorted.length - lo) / sorted.length;
}

/**
 * Equal-width bins over [min, max] of sorted values; the counts always sum to the number of values. A range too
 * narrow for `bins` distinct edges (a few subnormal widths, or a few ulps of a large value) gets fewer bins, down to
 * one; a range wider than the largest double is measured in halves so no edge overflows.
 */
export function histogram(sorted: ArrayLike<number>, bins = HISTOGRAM_BINS): Histogram {
  const n = sorted.length;
  const min = sorted[0] ?? 0;
  const max = sorted[n - 1] ?? 0;
  if (n === 0 || !(max > min)) return { edges: [min, max], counts: [n] };
  const half = max / 2 - min / 2; // finite even when max - min overflows
  let edges: number[] = [min, max];
  for (let b = Math.max(1, Math.floor(bins)); b > 1; b--) {
    const e = Array.from({ length: b + 1 }, (_, i) => (i === b ? max : i === 0 ? min : min + half * (i / b) + half * (i / b)));
    if (e.every((x, i) => i === 0 || x > (e[i - 1] as number))) {
      edges = e;
      break;
    }
  }
  // One sweep over the sorted values: each lands in the bin whose edges hold it, so the counts sum to n.
  const counts = new Array<number>(edges.length - 1).fill(0);
  let bin = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i] ?? 0;
    while (bin < counts.length - 1 && x >= (edges[bin + 1] as number)) bin++;
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return { edges, counts };
}

function summarise(sorted: Float64Array): FigureSummary {
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i] ?? 0;
  return {
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    mean: sum / sorted.length,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    histogram: histogram(sorted),
  };
}

export interface MonteCarloRun {
  readonly total: number;
  readonly done: number;
  /** Draws up to `count` more; returns how many are done in all. */
  step(count: number): number;
  /** The summary; call when `done === total`. */
  result(): MonteCarloResult;
}

/**
 * A Monte Carlo run that can be advanced in chunks (the worker yields between them to report progress and hear a
 * cancel). The draws are a single seeded stream consumed in a fixed order — draw by draw, parameters in schema
 * order — so the chunk sizes never change the result. Settings must have passed `monteCarloIssues`.
 */
export function createMonteCarlo(tables: ChainTables, params: Params, spec: MonteCarloSpec): MonteCarloRun {
  const issues = monteCarloIssues(spec);
  if (issues.length > 0) throw new RangeError(issues.map((i) => i.message.en).join('; '));
  const total = spec.draws;
  const years = params.horizon_years;
  const samplers: [NumericParamId, Sampler][] = (Object.keys(spec.distributions) as NumericParamId[])
    .filter((id) => spec.distributions[id]?.kind !== 'fixed')
    .sort()
    .map((id) => [id, sampler(id, spec.distributions[id]!)]); // the key came from this object
  const fixed = Object.fromEntries(
    (Object.keys(spec.distributions) as NumericParamId[])
      .filter((id) => spec.distributions[id]?.kind === 'fixed')
      .map((id) => [id, sampler(id, spec.distributions[id]!)(createRng(0))]), // a fixed sampler ignores the generator
  );
  // One mutable parameter set: a draw overwrites the varied fields. Values come from samplers confined to the
  // schema ranges, so the set stays valid.
  const work: Record<string, unknown> = { ...params, ...fixed };
  const p = work as unknown as Params;
  const rng: Rng = createRng(spec.seed);
  const out: Record<McFigure, Float64Array> = {
    nationalPotential: new Float64Array(total),
    socialGain: new Float64Array(total),
    presentValue: new Float64Array(total),
    bcr: new Float64Array(total),
  };
  const paths = new Float64Array(total * years);
  const path = new Float64Array(years);
  let done = 0;
  return {
    total,
    get done() {
      return done;
    },
    step(count) {
      const end = Math.min(total, done + Math.max(0, Math.floor(count)));
      for (; done < end; done++) {
        for (const [id, s] of samplers) work[id] = s(rng);
        const o: ChainOutputs = chainOutputs(tables, p, path);
        out.nationalPotential[done] = o.nationalPotential;
        out.socialGain[done] = o.socialGain;
        out.presentValue[done] = o.presentValue;
        out.bcr[done] = o.bcr;
        const base = done * years;
        for (let k = 0; k < years; k++) paths[base + k] = o.socialGain * (path[k] ?? 0);
      }
      return done;
    },
    result() {
      if (done < total) throw new RangeError(`the run is not finished (${done} of ${total} draws)`);
      const figures = {} as Record<McFigure, FigureSummary>;
      for (const f of MC_FIGURES) figures[f] = summarise(out[f].slice().sort());
      const column = new Float64Array(total);
      const fan: FanYear[] = [];
      for (let k = 0; k < years; k++) {
        for (let i = 0; i < total; i++) column[i] = paths[i * years + k] ?? 0;
        column.sort();
        fan.push({
          year: params.reference_year + k + 1,
          p10: quantileSorted(column, 0.1),
          p25: quantileSorted(column, 0.25),
          p50: quantileSorted(column, 0.5),
          p75: quantileSorted(column, 0.75),
          p90: quantileSorted(column, 0.9),
        });
      }
      return {
        draws: total,
        seed: spec.seed,
        figures,
        socialGainSorted: out.socialGain.slice().sort(),
        fan,
        varied: samplers.map(([id]) => id),
      };
    },
  };
}

/** A whole run at once (tests, the Node bench). */
export function runMonteCarlo(tables: ChainTables, params: Params, spec: MonteCarloSpec): MonteCarloResult {
  const run = createMonteCarlo(tables, params, spec);
  run.step(run.total);
  return run.result();
}
