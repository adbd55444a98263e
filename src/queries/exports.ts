import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { browseTable, type BrowseRequest, type QueryResult } from '../db';
import { makeStamp, type ExportStamp } from '../ingest';
import { useEngine } from './engine-context';
import { provenanceQuery, type Source } from './options';
import { runQuery } from './query-error';
import { useScenario } from './scenario-store';

const EXPORT_PAGE = 10_000;

/**
 * Every row of a Data screen table (sort and search applied), page by page through DuckDB; reported gains in the
 * import format with every canonical column, so an export imports again as the same rows and totals.
 */
export function exportRows(s: Source, query: Omit<BrowseRequest, 'offset' | 'limit'>): Promise<QueryResult> {
  const req = { ...query, canonical: query.table === 'reported_gains' };
  return runQuery(s.db, 'export rows', async (db) => {
    const first = await browseTable(db, { ...req, offset: 0, limit: EXPORT_PAGE });
    const rows = [...first.page.rows];
    for (let offset = EXPORT_PAGE; offset < first.total; offset += EXPORT_PAGE)
      rows.push(...(await browseTable(db, { ...req, offset, limit: EXPORT_PAGE })).page.rows);
    return { columns: first.columns, rows };
  });
}

/**
 * The provenance stamp for an export made now: the data set (name, hash) — the one a result was computed on when
 * given, else the active one — and the active scenario. The provenance comes through the query cache.
 */
export function useStampMaker(of?: string): () => Promise<ExportStamp> {
  const { db, ready, version, datasetId: activeId } = useEngine();
  const client = useQueryClient();
  const datasetId = of ?? activeId;
  const { active, params } = useScenario();
  return useCallback(async () => {
    const p = await client.fetchQuery(provenanceQuery({ db, ready, version, datasetId: activeId }, datasetId));
    return makeStamp({ name: p?.name ?? datasetId, contentHash: p?.contentHash ?? null }, active, params, new Date());
  }, [client, db, ready, version, activeId, datasetId, active, params]);
}
