// The demo data set's headline inputs, computed by the app's own SQL on the real engine (Node), so the app can
// draw the headline before DuckDB-wasm has finished starting. `data/snapshot.test.ts` fails if it goes stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openNodeDb } from '../../src/db/node/node-db';
// File by file, not src/db/index.ts: that also exports the browser door, whose `?url` imports only Vite resolves.
import { activateDataset, ensureSchema, loadPopulationCsv, loadRelevanceCsv } from '../../src/db/queries/datasets';
import { GAIN_COLUMNS, validateStagedGains, type GainMapping } from '../../src/db/queries/import-gains';
import { modelInput } from '../../src/db/queries/model-cells';
import { datasetSummary, type DatasetSummary } from '../../src/db/queries/overview';
import { stageCsv } from '../../src/db/queries/stage-csv';
import { coverageByIndustry, reportedBy, topCompanies, topProjects } from '../../src/db/queries/breakdowns';
import { evaluate, PRESETS, presetDescription, type ModelInput, type PresetId } from '../../src/model';
import { headlineOf, type PresetSnapshot } from '../../src/queries/headline-snapshot';

export interface DemoSnapshot {
  summary: DatasetSummary;
  modelInput: ModelInput;
  breakdowns: Record<string, unknown>;
  presets: Partial<Record<PresetId, PresetSnapshot>>;
}

/** Each preset's headline and description on `input`, by the model itself (the Overview's first frame shows them). */
function presetSnapshots(input: ModelInput): Partial<Record<PresetId, PresetSnapshot>> {
  return Object.fromEntries(
    PRESETS.map((p) => [
      p.id,
      { params: p.params, headline: headlineOf(evaluate(input, p.params)), description: presetDescription(p, input) },
    ]),
  );
}

export async function computeSnapshot(dir: string): Promise<DemoSnapshot> {
  const db = await openNodeDb();
  try {
    await ensureSchema(db);
    const file = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
    await db.load('population.csv', file('population.csv'));
    await loadPopulationCsv(db, 'population.csv');
    await db.load('relevance.csv', file('relevance.csv'));
    await loadRelevanceCsv(db, 'relevance.csv');
    await db.load('gains.csv', file('reported-gains.csv'));
    const staged = await stageCsv(db, 'gains.csv', { delimiter: ',', quote: '"' });
    const mapping = Object.fromEntries(GAIN_COLUMNS.map((c) => [c, c])) as GainMapping; // the demo uses canonical headers
    await validateStagedGains(db, staged.table, mapping, 'demo');
    await activateDataset(db, 'demo');
    // Keys are the Overview's breakdown query names (src/features/overview/breakdowns-panel.tsx).
    const breakdowns = {
      year: await reportedBy(db, 'year'),
      'gain-type': await reportedBy(db, 'gain_type'),
      status: await reportedBy(db, 'status'),
      'top-projects': await topProjects(db, 10),
      'top-companies': await topCompanies(db, 10),
      coverage: await coverageByIndustry(db),
    };
    const input = await modelInput(db);
    return { summary: await datasetSummary(db), modelInput: input, breakdowns, presets: presetSnapshots(input) };
  } finally {
    await db.close();
  }
}

const DIR = join(import.meta.dirname ?? '.', '..', 'demo');
if (process.argv[1]?.endsWith('snapshot.ts')) {
  const snap = await computeSnapshot(DIR);
  writeFileSync(join(DIR, 'snapshot.json'), JSON.stringify(snap) + '\n');
  console.log(
    `wrote data/demo/snapshot.json: ${snap.modelInput.gains.length} gain cells, ${snap.modelInput.bases.length} base cells`,
  );
}
