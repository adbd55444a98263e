import { useCallback } from 'react';
import { datasetProvenance } from '../../db';
import { makeStamp, type ExportStamp } from '../../ingest';
import { useEngine, useScenario } from '../../queries';

/**
 * The provenance stamp for an export made now: the data set (name, hash) — the one a result was computed on when
 * given, else the active one — and the active scenario.
 */
export function useStampMaker(of?: string): () => Promise<ExportStamp> {
  const { db, datasetId: activeId } = useEngine();
  const datasetId = of ?? activeId;
  const { active, params } = useScenario();
  return useCallback(async () => {
    const p = await datasetProvenance(db, datasetId);
    return makeStamp({ name: p?.name ?? datasetId, contentHash: p?.contentHash ?? null }, active, params, new Date());
  }, [db, datasetId, active, params]);
}
