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
  browse: (ref: DataRef, req: object) => [...keys.dataset(ref), 'browse', req] as const,
};
