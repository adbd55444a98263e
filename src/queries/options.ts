import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  browseTable,
  checkInput,
  consoleSchema,
  coverageByIndustry,
  datasetProvenance,
  datasetSummary,
  hasFilters,
  listDatasets,
  modelInput,
  referenceProvenance,
  reportedBy,
  topCompanies,
  topProjects,
  traceRows,
  type BrowseRequest,
  type Db,
  type Filters,
  type GainCellRef,
  type IndustryCoverage,
  type ReportedGroup,
  type TopCompany,
  type TopProject,
  type TraceRowColumn,
} from '../db';
import { DEMO_DATASET_ID, type DemoSnapshot, type DemoSources } from './engine';
import { keys, type DataRef } from './keys';
import { overviewAnswers, overviewAnswersSoon } from './overview-index';
import type { OverviewAnswers } from '../db/queries/overview-index';
import { runQuery } from './query-error';

/** What a query reads from: the engine's state as `useEngine()` gives it. Queries wait for `ready` themselves. */
export type Source = DataRef & { db: Db; ready: boolean; demo?: DemoSources };

/**
 * While DuckDB starts, the demo's unfiltered figures come from its build-time snapshot (same SQL, checked by
 * data/snapshot.test.ts); otherwise the previous answer stays up until the new one arrives.
 */
const fromSnapshot =
  <T>(s: Source, filters: Filters, pick: (d: DemoSnapshot) => T | undefined) =>
  (prev: T | undefined): T | undefined =>
    (s.datasetId === DEMO_DATASET_ID && s.demo && !hasFilters(filters) ? pick(s.demo.snapshot) : undefined) ?? prev;

/** The query's function: `run` on the engine's db, a failure becoming a QueryError named `name`. */
const on =
  <T>(s: Source, name: string, run: (db: Db) => Promise<T>) =>
  () =>
    runQuery(s.db, name, run);

/**
 * An Overview query answered from the loaded Overview index (src/queries/overview-index.ts) when the filters allow it:
 * as initialData, so a cross-filter click renders every answer in the same commit with no SQL, and in the query
 * function (the index may have loaded since the query started); else `run` on the db.
 */
function indexed<K extends keyof OverviewAnswers>(
  s: Source,
  filters: Filters,
  pick: K,
  name: string,
  run: (db: Db) => Promise<OverviewAnswers[K]>,
) {
  const sql = on(s, name, run);
  const fromIndex = (): OverviewAnswers[K] | undefined => overviewAnswers(s, filters)?.[pick];
  return {
    queryFn: async () => {
      const a = fromIndex() ?? (await overviewAnswersSoon(s, filters))?.[pick];
      return a !== undefined ? a : sql();
    },
    initialData: fromIndex,
  };
}

export const datasetsQuery = (s: Source) =>
  queryOptions({
    queryKey: keys.datasets(s),
    queryFn: () => runQuery(s.db, 'datasets', listDatasets),
    enabled: s.ready,
    placeholderData: (prev) =>
      prev ??
      (s.demo
        ? [
            {
              dataset_id: DEMO_DATASET_ID,
              name: s.demo.name,
              source: null,
              created_at: null,
              rows_in: null,
              rows_loaded: null,
              rows_rejected: null,
              content_hash: null,
            },
          ]
        : undefined),
  });

export const summaryQuery = (s: Source, filters: Filters = {}) =>
  queryOptions({
    queryKey: [...keys.summary(s), filters] as const,
    ...indexed(s, filters, 'summary', 'summary', (db) => datasetSummary(db, filters)),
    enabled: s.ready,
    placeholderData: fromSnapshot(s, filters, (d) => d.summary),
  });

export const modelInputQuery = (s: Source, filters: Filters = {}) =>
  queryOptions({
    queryKey: [...keys.modelInput(s), filters] as const,
    ...indexed(s, filters, 'modelInput', 'model-input', (db) => modelInput(db, filters)),
    enabled: s.ready,
    placeholderData: fromSnapshot(s, filters, (d) => d.modelInput),
  });

/** What the plausibility checks need beyond the model's cells (no snapshot: the checks follow the live figures). */
export const checkInputQuery = (s: Source, filters: Filters = {}) =>
  queryOptions({
    queryKey: [...keys.checkInput(s), filters] as const,
    ...indexed(s, filters, 'checkInput', 'check-input', (db) => checkInput(db, filters)),
    enabled: s.ready,
    placeholderData: keepPreviousData,
  });

export const browsePageQuery = (s: Source, req: BrowseRequest) =>
  queryOptions({
    queryKey: keys.browse(s, req),
    queryFn: on(s, 'browse', (db) => browseTable(db, req)),
    enabled: s.ready,
    placeholderData: keepPreviousData,
  });

// The Overview's SQL breakdowns, each filtered by the cross-filters; the report reads the unfiltered ones, so both
// screens share one cache. The names are the snapshot's (data/generator/snapshot.ts), which holds each one's result.

const REPORTED_NAME = { year: 'year', gain_type: 'gain-type', status: 'status' } as const;
const REPORTED_ANSWER = { year: 'byYear', gain_type: 'byGainType', status: 'byStatus' } as const;

export const reportedByQuery = (s: Source, dimension: keyof typeof REPORTED_NAME, filters: Filters = {}) =>
  queryOptions({
    queryKey: keys.breakdown(s, REPORTED_NAME[dimension], filters),
    ...indexed(s, filters, REPORTED_ANSWER[dimension], `breakdown ${REPORTED_NAME[dimension]}`, (db) =>
      reportedBy(db, dimension, filters),
    ),
    enabled: s.ready,
    placeholderData: fromSnapshot(s, filters, (d) => d.breakdowns[REPORTED_NAME[dimension]] as ReportedGroup[] | undefined),
  });
export const topProjectsQuery = (s: Source, filters: Filters = {}) =>
  queryOptions({
    queryKey: keys.breakdown(s, 'top-projects', filters),
    ...indexed(s, filters, 'topProjects', 'breakdown top-projects', (db) => topProjects(db, 10, filters)),
    enabled: s.ready,
    placeholderData: fromSnapshot(s, filters, (d) => d.breakdowns['top-projects'] as TopProject[] | undefined),
  });
export const topCompaniesQuery = (s: Source, filters: Filters = {}) =>
  queryOptions({
    queryKey: keys.breakdown(s, 'top-companies', filters),
    ...indexed(s, filters, 'topCompanies', 'breakdown top-companies', (db) => topCompanies(db, 10, filters)),
    enabled: s.ready,
    placeholderData: fromSnapshot(s, filters, (d) => d.breakdowns['top-companies'] as TopCompany[] | undefined),
  });
export const coverageQuery = (s: Source, filters: Filters = {}) =>
  queryOptions({
    queryKey: keys.breakdown(s, 'coverage', filters),
    ...indexed(s, filters, 'coverage', 'breakdown coverage', (db) => coverageByIndustry(db, filters)),
    enabled: s.ready,
    placeholderData: fromSnapshot(s, filters, (d) => d.breakdowns['coverage'] as IndustryCoverage[] | undefined),
  });

/** The reported rows behind a figure (`figureId` and `expectedWeight` decide `cells`), sorted. */
export const traceRowsQuery = (
  s: Source,
  figureId: string,
  expectedWeight: number,
  cells: readonly GainCellRef[],
  filters: Filters,
  sort: { column: TraceRowColumn; desc: boolean },
) =>
  queryOptions({
    queryKey: keys.traceRows(s, figureId, expectedWeight, filters, sort),
    queryFn: on(s, 'trace-rows', (db) => traceRows(db, cells, filters, sort)),
    enabled: s.ready && cells.length > 0,
    placeholderData: keepPreviousData,
  });

/** The tables and columns the SQL console shows and completes. */
export const consoleSchemaQuery = (s: Source) =>
  queryOptions({ queryKey: keys.consoleSchema(s), queryFn: on(s, 'console-schema', consoleSchema), enabled: s.ready });

/** A data set's provenance; the active one unless `datasetId` names another. */
export const provenanceQuery = (s: Source, datasetId: string = s.datasetId) =>
  queryOptions({
    queryKey: keys.provenance(s, datasetId),
    queryFn: on(s, 'provenance', (db) => datasetProvenance(db, datasetId)),
    enabled: s.ready,
  });

export const referenceProvenanceQuery = (s: Source) =>
  queryOptions({ queryKey: keys.reference(s), queryFn: on(s, 'reference', referenceProvenance), enabled: s.ready });

/** Which data an analysis ran on (the model's cells under `filters`): an analysis of other data is not current. */
export const modelDataKey = (s: Source, filters: Filters = {}) => JSON.stringify(modelInputQuery(s, filters).queryKey);
