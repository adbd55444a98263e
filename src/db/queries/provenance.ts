import type { Db } from '../types';
import { sha256Hex } from '../dataset-store';
import { exportDatasetRows } from './persist-datasets';

export interface DatasetProvenance {
  datasetId: string;
  name: string;
  source: string | null;
  createdAt: string | null;
  rowsIn: number | null;
  rowsLoaded: number | null;
  rowsRejected: number | null;
  /** SHA-256 of the stored rows. */
  contentHash: string | null;
  /** True when the hash was computed here: the bundled demo is registered without one. */
  hashComputedAtLoad: boolean;
}

const computed = new Map<string, string>();

/**
 * A data set's provenance. A set without a stored hash (the bundled demo) gets one computed the way imports
 * compute theirs (SHA-256 of `exportDatasetRows`), once per page load: the demo cannot change while it runs.
 */
export async function datasetProvenance(db: Db, datasetId: string): Promise<DatasetProvenance | null> {
  const r = await db.query<{
    name: string;
    source: string | null;
    created_at: string | null;
    rows_in: number | null;
    rows_loaded: number | null;
    rows_rejected: number | null;
    content_hash: string | null;
  }>('SELECT name, source, created_at, rows_in, rows_loaded, rows_rejected, content_hash FROM datasets WHERE dataset_id = ?', [
    datasetId,
  ]);
  const d = r.rows[0];
  if (!d) return null;
  let hash = d.content_hash;
  if (hash === null) {
    hash = computed.get(datasetId) ?? (await sha256Hex(await exportDatasetRows(db, datasetId)));
    computed.set(datasetId, hash);
  }
  return {
    datasetId,
    name: d.name,
    source: d.source,
    createdAt: d.created_at,
    rowsIn: d.rows_in,
    rowsLoaded: d.rows_loaded,
    rowsRejected: d.rows_rejected,
    contentHash: hash,
    hashComputedAtLoad: d.content_hash === null,
  };
}

export interface ReferenceProvenance {
  populationRows: number;
  populationYears: number[];
  populationSources: string[];
  relevanceRows: number;
}

/** Where the national reference comes from: the population table's years and source notes, the relevance rows. */
export async function referenceProvenance(db: Db): Promise<ReferenceProvenance> {
  const pop = await db.query<{ n: number; years: string | null; sources: string | null }>(
    `SELECT count(*) AS n,
            string_agg(DISTINCT CAST(year AS VARCHAR), '|' ORDER BY CAST(year AS VARCHAR)) AS years,
            string_agg(DISTINCT source, '|' ORDER BY source) AS sources
     FROM population`,
  );
  const rel = await db.query<{ n: number }>('SELECT count(*) AS n FROM relevance');
  const p = pop.rows[0];
  return {
    populationRows: p?.n ?? 0,
    populationYears: (p?.years ?? '').split('|').filter(Boolean).map(Number),
    populationSources: (p?.sources ?? '').split('|').filter(Boolean),
    relevanceRows: rel.rows[0]?.n ?? 0,
  };
}
