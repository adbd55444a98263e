import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { browseTable, datasetSummary, hasFilters, listDatasets, modelInput, type BrowseRequest, type Db, type Filters } from '../db';
import { keys, type DataRef } from './keys';

import { DEMO_DATASET_ID, type DemoSources } from './engine';

type Source = DataRef & { db: Db; demo?: DemoSources };

/** While DuckDB starts, the demo's figures come from its build-time snapshot (same SQL, checked by a test). */
const fromSnapshot = <T>(s: Source, filters: Filters, pick: (d: DemoSources) => T): T | undefined =>
  s.datasetId === DEMO_DATASET_ID && s.demo && !hasFilters(filters) ? pick(s.demo) : undefined;

export const datasetsQuery = (s: Source) =>
  queryOptions({
    queryKey: keys.datasets(s),
    queryFn: () => listDatasets(s.db),
    placeholderData: (prev) =>
      prev ?? (s.demo ? [{ dataset_id: DEMO_DATASET_ID, name: s.demo.name, source: null, created_at: null, rows_in: null, rows_loaded: null, rows_rejected: null, content_hash: null }] : undefined),
  });

export const summaryQuery = (s: Source, filters: Filters = {}) =>
  queryOptions({
    queryKey: [...keys.summary(s), filters] as const,
    queryFn: () => datasetSummary(s.db, filters),
    placeholderData: (prev) => fromSnapshot(s, filters, (d) => d.snapshot.summary) ?? prev,
  });

export const modelInputQuery = (s: Source, filters: Filters = {}) =>
  queryOptions({
    queryKey: [...keys.modelInput(s), filters] as const,
    queryFn: () => modelInput(s.db, filters),
    placeholderData: (prev) => fromSnapshot(s, filters, (d) => d.snapshot.modelInput) ?? prev,
  });

export const browsePageQuery = (s: Source, req: BrowseRequest) =>
  queryOptions({
    queryKey: keys.browse(s, req),
    queryFn: () => browseTable(s.db, req),
    placeholderData: keepPreviousData,
  });
