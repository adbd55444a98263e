import { useCallback } from 'react';
import { datasetProvenance } from '../../db';
import { makeStamp, type ExportStamp } from '../../ingest';
import { useEngine, useScenario } from '../../queries';

/** The provenance stamp for an export made now: the active data set (name, hash) and the active scenario. */
export function useStampMaker(): () => Promise<ExportStamp> {
  const { db, datasetId } = useEngine();
  const { active, params } = useScenario();
  return useCallback(async () => {
    const p = await datasetProvenance(db, datasetId);
    return makeStamp({ name: p?.name ?? datasetId, contentHash: p?.contentHash ?? null }, active, params, new Date());
  }, [db, datasetId, active, params]);
}
