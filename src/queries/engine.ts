import {
  BrowserDb,
  activateDataset,
  datasetStore,
  deleteDatasetRows,
  ensureSchema,
  loadRelevanceCsv,
  registerDataset,
  restoreDatasetRows,
  restoreTableCsv,
  BUNDLED_TABLES,
  type BundledTable,
  type Db,
  type EngineStatus,
  type DatasetInfo,
  type DatasetSummary,
  type StoreProblem,
} from '../db';
import type { ModelInput, PresetId } from '../model';
import type { PresetSnapshot } from './headline-snapshot';
import { PROGRAMME_TABLES, type ProgrammeTable } from '../db';
import { loadBundledDataset, type ImportDeps } from './import-dataset';
import { loadKeptPopulation, loadPopulation, POPULATION_KEY } from './import-population';
import { readMarker, writeMarker } from './import-marker';
import { pinnedDb } from './pinned-db';
export { openingDb } from './opening-db';
import { loadProgrammeTables, programmeKey, type ProgrammeUrls } from './programme-load';

/** The demo's headline inputs computed at build time by the same SQL (data/generator/snapshot.ts). */
export interface DemoSnapshot {
  summary: DatasetSummary;
  modelInput: ModelInput;
  /** The Overview's SQL breakdowns, unfiltered, so its charts draw before DuckDB is up too. */
  breakdowns: Record<string, unknown>;
  /** Per preset, its headline and description on these data: the Overview's first frame runs no model (headline-snapshot.ts). */
  presets?: Partial<Record<PresetId, PresetSnapshot>>;
}

export interface DemoSources {
  name: string;
  snapshot: DemoSnapshot;
  gainsUrl: string;
  populationUrl: string;
  relevanceUrl: string;
  /** The programme profile's tables (funding, members, activities). */
  programme?: ProgrammeUrls;
  /**
   * The same tables as the pipeline loads them from the files above, written by DuckDB (data/demo/prevalidated/):
   * a start restores them instead of validating the bundled files again (data/prevalidated.test.ts keeps them equal).
   */
  prevalidated?: Record<BundledTable, string>;
}

export const DEMO_DATASET_ID = 'demo';
const ACTIVE_KEY = 'spillover.activeDataset';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not read the bundled file ${url} (HTTP ${res.status})`);
  return new Uint8Array(await res.arrayBuffer());
}

/** A localStorage-like key/value store (localStorage itself is one). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A key/value store that lives as long as the engine (where no session store is given: a test's engine). */
function memoryStore(): KeyValueStore {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
}

/** Where imported data sets are kept between visits (IndexedDB in the browser). */
export type DatasetStore = Pick<typeof datasetStore, 'load' | 'put' | 'get' | 'remove'>;

/** What the engine tells the database it opens. */
interface EngineHooks {
  /** Told when the database started, faulted, came back or failed. */
  onStatus: (status: EngineStatus) => void;
  /** Called after a fresh instance is open (a restart): recreate tables and reload the data sets. */
  onRestart: (db: Db) => Promise<void>;
}

/** Everything the engine needs from its surroundings: the browser's by default, a Node door's in tests. */
export interface EngineDeps {
  /** Opens the database. It reports 'ready' through `onStatus` once it answers. */
  open: (hooks: EngineHooks) => Db;
  storage: KeyValueStore;
  /** The tab's own store, kept across a reload (sessionStorage): where an import under way is noted. */
  session?: KeyValueStore;
  datasets: DatasetStore;
  /** The bytes of a bundled file (the demo's CSVs) from its URL. */
  readBundled: (url: string) => Promise<Uint8Array>;
}

/** DuckDB-wasm in a Web Worker, localStorage, IndexedDB and fetch. */
const browserEngineDeps = (): EngineDeps => ({
  open: (hooks) => new BrowserDb(hooks),
  storage: localStorage,
  session: sessionStorage,
  datasets: datasetStore,
  readBundled: fetchBytes,
});

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
 * The running data engine as an external store for React (`useSyncExternalStore`): the database, the bundled and
 * stored data sets, and a full rebuild of them after any engine restart. Its surroundings (`EngineDeps`) are the
 * browser's unless given, so a screen can be tested on the Node door.
 */
export class Engine {
  readonly db: Db;
  readonly storage: KeyValueStore;
  readonly session: KeyValueStore;
  readonly datasets: DatasetStore;
  private readonly readBundled: (url: string) => Promise<Uint8Array>;
  private snapshot: EngineSnapshot;
  private listeners = new Set<() => void>();
  private restartListeners = new Set<() => void>();
  private files = new Map<string, Uint8Array>();
  /** How many times the database restarted: work pinned to one instance (`pinned()`) fails once this moves. */
  private restarts = 0;
  /** Data sets this tab is saving and has not yet confirmed: a rebuild meanwhile must not load them. */
  private readonly unconfirmed = new Set<string>();
  /** Settles when the first build of the data is done (or failed). */
  readonly started: Promise<void>;

  constructor(
    readonly demo: DemoSources,
    deps: Partial<EngineDeps> = {},
  ) {
    const d = {
      ...(deps.open && deps.storage && deps.datasets && deps.readBundled ? {} : browserEngineDeps()),
      ...deps,
    } as EngineDeps; // every field is given or defaulted
    this.storage = d.storage;
    this.session = d.session ?? memoryStore();
    this.datasets = d.datasets;
    this.readBundled = d.readBundled;
    this.snapshot = {
      status: { kind: 'starting' },
      ready: false,
      error: null,
      datasetId: this.storage.getItem(ACTIVE_KEY) ?? DEMO_DATASET_ID,
      version: 0,
      restoreProblems: [],
    };
    this.db = d.open({
      onStatus: (status) => {
        this.set({ status, error: status.kind === 'failed' ? status.reason : this.snapshot.error });
        if (status.kind === 'ready' && status.restarts > 0) {
          this.set({ version: this.snapshot.version + 1 });
          this.restartListeners.forEach((l) => l());
        }
      },
      onRestart: (fresh) => {
        this.restarts += 1;
        return this.rebuild(fresh, false);
      },
    });
    this.started = this.rebuild(this.db, true).then(
      () => this.set({ ready: true }),
      (e: unknown) => this.set({ error: e instanceof Error ? e.message : String(e) }),
    );
  }

  private async bundled(url: string): Promise<Uint8Array> {
    let bytes = this.files.get(url);
    if (!bytes) {
      bytes = await this.readBundled(url);
      this.files.set(url, bytes);
    }
    return bytes;
  }

  /**
   * Everything a fresh instance needs: schema, reference tables, the demo and every stored data set whose rows
   * are all there. At start-up also: an import a reload cut off is undone, and an active id with no data set falls
   * back to one that exists; each named in a notice.
   */
  private async rebuild(db: Db, startup: boolean): Promise<void> {
    await ensureSchema(db);
    // A population table the user imported replaces the bundled estimate until it is reset; a damaged one is set aside.
    const kept = {
      get: (k: string) => this.storage.getItem(k),
      set: (k: string, v: string) => this.storage.setItem(k, v),
      remove: (k: string) => this.storage.removeItem(k),
    };
    const bundledRestored = await this.restoreBundled(db);
    const populationProblems =
      bundledRestored && kept.get(POPULATION_KEY) === null
        ? []
        : await loadKeptPopulation(db, kept, () => this.bundled(this.demo.populationUrl));
    if (!bundledRestored) {
      await db.load('relevance.csv', await this.bundled(this.demo.relevanceUrl));
      await loadRelevanceCsv(db, 'relevance.csv');
    }
    const programmeKept = PROGRAMME_TABLES.some((t) => this.storage.getItem(programmeKey(t)) !== null);
    const programmeProblems = bundledRestored && !programmeKept ? [] : await this.loadProgramme(db);
    if (!bundledRestored) await this.loadDemo(db);
    const interrupted = startup ? await this.undoInterruptedImport() : [];
    // The store reports (never throws) what it could not trust; bad records are already gone from it.
    const { datasets: stored, problems: storeProblems } = await this.datasets.load();
    const problems = [
      ...populationProblems,
      ...programmeProblems.map((p) => ({
        code: 'unreadable' as const,
        name: p.slice(0, p.indexOf(':')),
        detail: p.slice(p.indexOf(':') + 2),
      })),
      ...storeProblems,
      ...interrupted,
    ];
    const ids = new Set([DEMO_DATASET_ID]);
    const restored: DatasetInfo[] = [];
    for (const d of stored) {
      if (this.unconfirmed.has(d.info.dataset_id)) continue;
      try {
        const n = await restoreDatasetRows(db, d.info.dataset_id, d.rows);
        // Rows that disagree with the record's own count are reported and removed, never shown as zeros; a record
        // that says 0 (every source file removed from it) is a data set that is empty, and comes back as such.
        if (d.info.rows_loaded === null ? n === 0 : n !== d.info.rows_loaded) {
          await deleteDatasetRows(db, d.info.dataset_id);
          await this.datasets.remove(d.info.dataset_id).catch(() => undefined);
          problems.push({ code: 'short', name: d.info.name, expected: d.info.rows_loaded ?? 0, found: n });
          continue;
        }
        await registerDataset(db, d.info);
        ids.add(d.info.dataset_id);
        restored.push(d.info);
      } catch (e) {
        problems.push({ code: 'unreadable', name: d.info.name, detail: e instanceof Error ? e.message : String(e) });
      }
    }
    let active = this.snapshot.datasetId;
    if (!ids.has(active)) {
      // The last data set there is (the newest stored one, else the demo), and the user told which it is.
      const last = restored.toSorted((a, b) => (a.created_at ?? '').localeCompare(b.created_at ?? '')).at(-1);
      active = last?.dataset_id ?? DEMO_DATASET_ID;
      problems.push({ code: 'active-missing', name: null, fallback: last?.name ?? this.demo.name });
      if (startup) this.storage.setItem(ACTIVE_KEY, active);
    }
    await activateDataset(db, active);
    // Kept across restarts: a rebuild after an engine fault must not hide what start-up found.
    this.set({ datasetId: active, restoreProblems: [...this.snapshot.restoreProblems, ...problems] });
  }

  /** An import a reload cut off (its marker outlived the page): whatever it wrote goes, and the user is told. */
  private async undoInterruptedImport(): Promise<StoreProblem[]> {
    const marker = readMarker(this.session);
    if (!marker) return [];
    if (marker.datasetId) await this.datasets.remove(marker.datasetId).catch(() => undefined);
    writeMarker(this.session, null);
    return [{ code: 'interrupted', name: marker.name }];
  }

  /**
   * The bundled tables as the pipeline left them (`demo.prevalidated`), restored without validating them again;
   * false when there is no such copy, and the bundled files go through the pipeline.
   */
  private async restoreBundled(db: Db): Promise<boolean> {
    const urls = this.demo.prevalidated;
    if (!urls) return false;
    for (const table of BUNDLED_TABLES) await restoreTableCsv(db, table, await this.bundled(urls[table]));
    return true;
  }

  /** The bundled demo's gains, read and validated like an import and registered as the data set 'demo'. */
  private async loadDemo(db: Db): Promise<void> {
    await loadBundledDataset(db, 'demo-gains.csv', await this.bundled(this.demo.gainsUrl), {
      dataset_id: DEMO_DATASET_ID,
      name: this.demo.name,
      source: 'bundled demo',
      created_at: '2017-01-01T00:00:00.000Z',
    });
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
    this.activated(datasetId, true);
  }

  /**
   * The app's tables now show `datasetId`: remembered for the next visit only when it is stored (`remember`),
   * so the active id never points at a data set a reload would not find; the import under way, if any, is over.
   */
  activated(datasetId: string, remember: boolean): void {
    if (remember) this.storage.setItem(ACTIVE_KEY, datasetId);
    this.endImport();
    this.set({ datasetId, version: this.snapshot.version + 1 });
  }

  /** The database instance running now, for work that must not go on on a fresh one (see `pinnedDb`). */
  pinned(): Db & { epoch: number } {
    return pinnedDb(this.db, () => this.restarts);
  }

  /** An import starts: noted in the tab's session, so a reload that cuts it off is noticed at the next start. */
  beginImport(name: string): void {
    writeMarker(this.session, { name, datasetId: null });
  }

  /** The import's data set is about to be written; until `confirmed` no rebuild loads it from the store. */
  saving(name: string, datasetId: string): void {
    this.unconfirmed.add(datasetId);
    writeMarker(this.session, { name, datasetId });
  }

  /** The written data set was read back and matched (or its save was given up): rebuilds treat it like any other. */
  confirmed(datasetId: string): void {
    this.unconfirmed.delete(datasetId);
  }

  /** The import ended in a state the user sees (done, refused, cancelled): nothing is left to undo at a reload. */
  endImport(): void {
    writeMarker(this.session, null);
  }

  /** Goes back to the bundled population estimate. */
  async resetPopulation(): Promise<void> {
    this.storage.removeItem(POPULATION_KEY);
    await loadPopulation(this.db, await this.bundled(this.demo.populationUrl));
    this.touch();
  }

  /** The user has read the storage notice. */
  dismissRestoreProblems(): void {
    this.set({ restoreProblems: [] });
  }

  private loadProgramme(db: Db) {
    return loadProgrammeTables(db, this.demo.programme, (url) => this.bundled(url), {
      get: (k) => this.storage.getItem(k),
      remove: (k) => this.storage.removeItem(k),
      set: (k, v) => this.storage.setItem(k, v),
    });
  }

  /** Goes back to the bundled demo's programme table (imported replacements of the others stay). */
  async resetProgrammeTable(table: ProgrammeTable): Promise<void> {
    this.storage.removeItem(programmeKey(table));
    await this.loadProgramme(this.db);
    this.touch();
  }

  /** Where an import remembers mappings and keeps its data set: this engine's storage. */
  importDeps(): ImportDeps {
    return { memory: { get: (k) => this.storage.getItem(k), set: (k, v) => this.storage.setItem(k, v) }, store: this.datasets };
  }

  /**
   * The app's tables changed under a console write that could not be rolled back: start a fresh instance rebuilt
   * from the bundled and stored rows. An engine that cannot start afresh stops with an error rather than show
   * figures from tables nobody can vouch for.
   */
  async recover(reason: string): Promise<void> {
    if (this.db.reset) await this.db.reset(reason);
    else this.set({ error: `The app's tables changed and cannot be rebuilt in place (${reason}): reload the page.` });
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
