/** Which data a query reads: the engine, the active data set, and the data version (bumped on every change). */
export interface DataRef {
  datasetId: string;
  version: number;
}

/** The one key factory. */
export const keys = {
  all: ['spillover'] as const,
  datasets: (ref: DataRef) => [...keys.all, 'datasets', ref.version] as const,
  dataset: (ref: DataRef) => [...keys.all, 'dataset', ref.datasetId, ref.version] as const,
  summary: (ref: DataRef) => [...keys.dataset(ref), 'summary'] as const,
  modelInput: (ref: DataRef) => [...keys.dataset(ref), 'model-input'] as const,
  checkInput: (ref: DataRef) => [...keys.dataset(ref), 'check-input'] as const,
  browse: (ref: DataRef, req: object) => [...keys.dataset(ref), 'browse', req] as const,
  /** One of the Overview's SQL breakdowns (the report reads the unfiltered ones under the same keys). */
  breakdown: (ref: DataRef, name: string, filters: object) => [...keys.dataset(ref), 'breakdowns', name, filters] as const,
  traceRows: (ref: DataRef, ...which: readonly unknown[]) => [...keys.dataset(ref), 'trace-rows', ...which] as const,
  consoleSchema: (ref: DataRef) => [...keys.dataset(ref), 'console-schema'] as const,
  /** Any data set's provenance (a stamp may name the one a result was computed on, not the active one). */
  provenance: (ref: DataRef, datasetId: string) => [...keys.all, 'provenance', datasetId, ref.version] as const,
  /** The reference tables' provenance (population, relevance): not per data set. */
  reference: (ref: DataRef) => [...keys.all, 'reference', ref.version] as const,
  /** The programme tables are not per data set: the data version alone says when they changed. */
  programme: (ref: DataRef, ...which: readonly unknown[]) => [...keys.all, 'programme', ref.version, ...which] as const,
  /** The local engine's data folder (not per data set: the files on disk). */
  engineDataFiles: (url: string) => [...keys.all, 'engine-data-files', url] as const,
};
