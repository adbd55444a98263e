// Data sets made on the engine directly, as they would be after an import (rows validated and registered): a part
// of the demo, one holding only expected gains, and one that ended up with no rows.
import { exportDatasetRows, registerDataset, restoreDatasetRows, sha256Hex } from '../src/db';
import type { Engine } from '../src/queries';

/** Registers `datasetId` with the demo's stored rows that `keep` accepts (CSV lines of exportDatasetRows). */
export async function datasetFromDemo(
  engine: Engine,
  datasetId: string,
  name: string,
  keep: (line: string, index: number) => boolean,
): Promise<string> {
  const [header, ...rows] = new TextDecoder()
    .decode(await exportDatasetRows(engine.db, 'demo'))
    .trim()
    .split('\n');
  const kept = rows.filter(keep);
  const bytes = new TextEncoder().encode(`${header}\n${kept.join('\n')}\n`);
  if (kept.length) await restoreDatasetRows(engine.db, datasetId, bytes);
  const hash = await sha256Hex(bytes);
  await registerDataset(engine.db, {
    dataset_id: datasetId,
    name,
    source: `${datasetId}.csv`,
    created_at: '2026-11-30T10:00:00.000Z',
    rows_in: kept.length,
    rows_loaded: kept.length,
    rows_rejected: 0,
    content_hash: hash,
  });
  return hash;
}
