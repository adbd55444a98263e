import {
  BrowserDb,
  GAIN_COLUMNS,
  activateDataset,
  datasetStore,
  ensureSchema,
  loadPopulationCsv,
  loadRelevanceCsv,
  registerDataset,
  restoreDatasetRows,
  stageCsv,
  validateStagedGains,
  type Db,
  type EngineStatus,
  type DatasetSummary,
  type GainMapping,
  type StoreProblem,
} from '../db';
import type { ModelInput } from '../model';
import type { ProgrammeTable } from '../db';
import { loadProgrammeTables, programmeKey, type ProgrammeUrls } from './programme-load';

/** The demo's headline inputs computed at build time by the same SQL (data/generator/snapshot.ts). */
export interface DemoSnapshot {
  summary: DatasetSummary;
  modelInput: ModelInput;
  /** The Overview's SQL breakdowns, unfiltered, so its charts draw before DuckDB is up too. */
  breakdowns: Record<string, unknown>;
}

export interface DemoSources {
  name: string;
  snapshot: DemoSnapshot;
  gainsUrl: string;
  populationUrl: string;
  relevanceUrl: string;
  /** The programme profile's tables (funding, members, activities). */
  programme?: ProgrammeUrls;
}

export const DEMO_DATASET_ID = 'demo';
export const POPULATION_KEY = 'spillover.population';
const ACTIVE_KEY = 'spillover.activeDataset';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not read the bundled file ${url} (HTTP ${res.status})`);
  return new Uint8Array(await res.arrayBuffer());
}

export function exactMapping(columns: readonly string[]): GainMapping {
  const m = {} as GainMapping; // filled for every canonical column just below
  for (const c of GAIN_COLUMNS) m[c] = columns.includes(c) ? c : null;
  return m;
}

export interface EngineSnapshot {
  status: EngineStatus;
  ready: boolean;
  error: string | null;
  datasetId: string;
  /** Bumped whenever data changes (import, switch, delete, restart), so views can refresh. */
  version: number;
  /** What was wrong with the browser's store (unavailable, corrupted or lost records): named so the user knows. */
  restoreProblems: StoreProblem[];
}

/**
 * The running data engine as an external store for React (`useSyncExternalStore`): DuckDB-wasm, the
 * bundled and stored data sets, and a full rebuild of them after any engine restart.
 */
export class Engine {
  readonly db: BrowserDb;
  private snapshot: EngineSnapshot;
  private listeners = new Set<() => void>();
  private restartListeners = new Set<() => void>();
  private files = new Map<string, Uint8Array>();

  constructor(readonly demo: DemoSources) {
    this.snapshot = {
      status: { kind: 'starting' },
      ready: false,
      error: null,
      datasetId: localStorage.getItem(ACTIVE_KEY) ?? DEMO_DATASET_ID,
      version: 0,
      restoreProblems: [],
    };
    this.db = new BrowserDb({
      onStatus: (status) => {
        this.set({ status, error: status.kind === 'failed' ? status.reason : this.snapshot.error });
        if (status.kind === 'ready' && status.restarts > 0) {
          this.set({ version: this.snapshot.version + 1 });
          this.restartListeners.forEach((l) => l());
        }
      },
      onRestart: (fresh) => this.rebuild(fresh),
    });
    this.rebuild(this.db).then(
      () => this.set({ ready: true }),
      (e: unknown) => this.set({ error: e instanceof Error ? e.message : String(e) }),
    );
  }

  private async bundled(url: string): Promise<Uint8Array> {
    let bytes = this.files.get(url);
    if (!bytes) {
      bytes = await fetchBytes(url);
      this.files.set(url, bytes);
    }
    return bytes;
  }

  /** Everything a fresh instance needs: schema, reference tables, the demo and every stored data set. */
  private async rebuild(db: Db): Promise<void> {
    await ensureSchema(db);
    // A population table the user imported replaces the bundled estimate until it is reset.
    const own = localStorage.getItem(POPULATION_KEY);
    await db.load('population.csv', own ? new TextEncoder().encode(own) : await this.bundled(this.demo.populationUrl));
    await loadPopulationCsv(db, 'population.csv');
    await db.load('relevance.csv', await this.bundled(this.demo.relevanceUrl));
    await loadRelevanceCsv(db, 'relevance.csv');
    await this.loadProgramme(db);
    await db.load('demo-gains.csv', await this.bundled(this.demo.gainsUrl));
    const staged = await stageCsv(db, 'demo-gains.csv', { delimiter: ',', quote: '"' });
    const out = await validateStagedGains(db, staged.table, exactMapping(staged.columns), DEMO_DATASET_ID);
    await registerDataset(db, {
      dataset_id: DEMO_DATASET_ID,
      name: this.demo.name,
      source: 'bundled demo',
      created_at: '2017-01-01T00:00:00.000Z',
      rows_in: staged.rowsIn,
      rows_loaded: out.rowsLoaded,
      rows_rejected: out.rowsRejected,
      content_hash: null,
    });
    // The store reports (never throws) what it could not trust; bad records are already gone from it.
    const { datasets: stored, problems } = await datasetStore.load();
    const ids = new Set([DEMO_DATASET_ID]);
    for (const d of stored) {
      try {
        await restoreDatasetRows(db, d.info.dataset_id, d.rows);
        await registerDataset(db, d.info);
        ids.add(d.info.dataset_id);
      } catch (e) {
        problems.push({ code: 'unreadable', name: d.info.name, detail: e instanceof Error ? e.message : String(e) });
      }
    }
    const active = ids.has(this.snapshot.datasetId) ? this.snapshot.datasetId : DEMO_DATASET_ID;
    await activateDataset(db, active);
    // Kept across restarts: a rebuild after an engine fault must not hide what start-up found.
    this.set({ datasetId: active, restoreProblems: [...this.snapshot.restoreProblems, ...problems] });
  }

  private set(patch: Partial<EngineSnapshot>) {
    this.snapshot = { ...this.snapshot, ...patch };
    this.listeners.forEach((l) => l());
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = () => this.snapshot;

  /** Makes `datasetId` the active data set (its rows must already be in gains_flat). */
  async activate(datasetId: string): Promise<void> {
    await activateDataset(this.db, datasetId);
    localStorage.setItem(ACTIVE_KEY, datasetId);
    this.set({ datasetId, version: this.snapshot.version + 1 });
  }

  /** Goes back to the bundled population estimate. */
  async resetPopulation(): Promise<void> {
    localStorage.removeItem(POPULATION_KEY);
    await this.db.load('population.csv', await this.bundled(this.demo.populationUrl));
    await loadPopulationCsv(this.db, 'population.csv');
    this.touch();
  }

  /** The user has read the storage notice. */
  dismissRestoreProblems(): void {
    this.set({ restoreProblems: [] });
  }

  private loadProgramme(db: Db) {
    return loadProgrammeTables(db, this.demo.programme, (url) => this.bundled(url), { get: (k) => localStorage.getItem(k), remove: (k) => localStorage.removeItem(k) });
  }

  /** Goes back to the bundled demo's programme table (imported replacements of the others stay). */
  async resetProgrammeTable(table: ProgrammeTable): Promise<void> {
    localStorage.removeItem(programmeKey(table));
    await this.loadProgramme(this.db);
    this.touch();
  }

  /** Tells views that data changed (an import, a delete) without switching the active data set. */
  touch(): void {
    this.set({ version: this.snapshot.version + 1 });
  }

  /** Called after the engine came back from a restart with its data reloaded. */
  onRestarted(listener: () => void): () => void {
    this.restartListeners.add(listener);
    return () => this.restartListeners.delete(listener);
  }
}
