import { useSyncExternalStore } from 'react';
import type { HeatMap, MonteCarloResult, MonteCarloSpec, Tornado } from '../model';

/** Analyses belong to one scenario on one data selection; a reader compares the keys before showing them. */
interface Owned {
  /** `useScenario().key` when computed. */
  scenarioKey: string;
  /** The data set, its version and the cross-filters (the model input's query key, as JSON). */
  dataKey: string;
}

export interface SensitivityAnalysis extends Owned {
  tornado: Tornado;
  heatMap: HeatMap | null;
}

export interface MonteCarloAnalysis extends Owned {
  spec: MonteCarloSpec;
  result: MonteCarloResult;
  /** Social gain threshold for P(S > threshold), DKK. */
  threshold: number;
  probabilityAbove: number;
}

export interface LatestAnalyses {
  sensitivity: SensitivityAnalysis | null;
  monteCarlo: MonteCarloAnalysis | null;
}

type Listener = () => void;

/** The latest sensitivity and Monte Carlo results, so the printable report can include them. Lives for the page. */
export class AnalysisStore {
  private snap: LatestAnalyses = { sensitivity: null, monteCarlo: null };
  private listeners = new Set<Listener>();

  readonly subscribe = (l: Listener) => {
    this.listeners.add(l);
    return () => {
      this.listeners.delete(l);
    };
  };
  readonly getSnapshot = () => this.snap;

  setSensitivity(s: SensitivityAnalysis | null) {
    this.snap = { ...this.snap, sensitivity: s };
    this.emit();
  }
  setMonteCarlo(m: MonteCarloAnalysis | null) {
    this.snap = { ...this.snap, monteCarlo: m };
    this.emit();
  }
  private emit() {
    for (const l of this.listeners) l();
  }
}

export const analysisStore = new AnalysisStore();

export function useLatestAnalyses(store: AnalysisStore = analysisStore): LatestAnalyses {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
