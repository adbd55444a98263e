import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { browseTable, datasetSummary, listDatasets, modelInput, type BrowseRequest, type Db } from '../db';
import { keys, type DataRef } from './keys';

type Source = DataRef & { db: Db };

export const datasetsQuery = (s: Source) => queryOptions({ queryKey: keys.datasets(s), queryFn: () => listDatasets(s.db) });

export const summaryQuery = (s: Source) => queryOptions({ queryKey: keys.summary(s), queryFn: () => datasetSummary(s.db) });

export const modelInputQuery = (s: Source) => queryOptions({ queryKey: keys.modelInput(s), queryFn: () => modelInput(s.db) });

export const browsePageQuery = (s: Source, req: BrowseRequest) =>
  queryOptions({
    queryKey: keys.browse(s, req),
    queryFn: () => browseTable(s.db, req),
    placeholderData: keepPreviousData,
  });
