import { useSyncExternalStore } from 'react';
import { presetById, withOverrides, type ParamId, type ParamIssue, type Params, type PresetId, type Text } from '../model';
import {
  loadStoredScenarios,
  newScenarioId,
  parseScenarios,
  scenarioFile,
  storeScenarios,
  type ScenarioFile,
} from './saved-scenarios';
import {
  normalise,
  readScenario,
  scenarioKey,
  scenarioParams,
  writeScenario,
  type RawValue,
  type SavedScenario,
  type ScenarioState,
} from './scenario-state';
import { scheduleUrl } from './url-writer';

export interface ScenarioSnapshot {
  active: ScenarioState;
  params: Params;
  key: string;
  /** URL values that could not be used when the page opened. */
  urlIssues: ParamIssue[];
  saved: SavedScenario[];
  /** Damaged storage found at start, or a failed save: shown, never thrown. */
  storageProblem?: Text;
}

type Listener = () => void;

/**
 * The active scenario, shared by every screen: the URL is its home (a copied link restores it), saved scenarios
 * live in localStorage. One store per page; tests make their own.
 */
export class ScenarioStore {
  private snap: ScenarioSnapshot;
  private listeners = new Set<Listener>();

  constructor(
    private readonly win: Pick<Window, 'location' | 'history'>,
    private readonly storage: Storage,
  ) {
    const { scenario, issues } = readScenario(win.location.search);
    const stored = loadStoredScenarios(storage);
    this.snap = this.make(scenario, issues, stored.scenarios, stored.problem);
  }

  private make(active: ScenarioState, urlIssues: ParamIssue[], saved: SavedScenario[], storageProblem?: Text): ScenarioSnapshot {
    const a = normalise(active);
    return {
      active: a,
      params: scenarioParams(a),
      key: scenarioKey(a),
      urlIssues,
      saved,
      ...(storageProblem ? { storageProblem } : {}),
    };
  }

  readonly subscribe = (l: Listener) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  readonly getSnapshot = () => this.snap;

  private setActive(active: ScenarioState) {
    this.snap = this.make(active, this.snap.urlIssues, this.snap.saved, this.snap.storageProblem);
    const written = this.snap.active;
    scheduleUrl(this.win, 'scenario', (href) => writeScenario(href, written));
    this.emit();
  }

  private setSaved(saved: SavedScenario[]) {
    const problem = storeScenarios(this.storage, saved);
    this.snap = { ...this.snap, saved, ...(problem ? { storageProblem: problem } : {}) };
    this.emit();
  }

  private emit() {
    for (const l of this.listeners) l();
  }

  /** Re-reads the URL (back/forward). */
  syncFromUrl() {
    const { scenario, issues } = readScenario(this.win.location.search);
    this.snap = this.make(scenario, issues, this.snap.saved, this.snap.storageProblem);
    this.emit();
  }

  /** Sets one parameter; an invalid value is refused with the reason and never reaches the model. */
  setParam(id: ParamId, value: RawValue): ParamIssue[] | null {
    const v = withOverrides(presetById(this.snap.active.preset).params, { ...this.snap.active.overrides, [id]: value });
    if (!v.ok) return v.issues;
    this.setActive({ ...this.snap.active, overrides: { ...this.snap.active.overrides, [id]: value } });
    return null;
  }

  resetParam(id: ParamId) {
    const { [id]: _gone, ...rest } = this.snap.active.overrides;
    this.setActive({ ...this.snap.active, overrides: rest });
  }

  resetAll() {
    this.setActive({ ...this.snap.active, overrides: {} });
  }

  /** Starts from a preset: its values, no changes, no saved-scenario link. */
  startFromPreset(preset: PresetId) {
    this.setActive({ preset, overrides: {} });
  }

  open(id: string) {
    const s = this.snap.saved.find((x) => x.id === id);
    if (s) this.setActive({ preset: s.preset, overrides: s.overrides, savedId: s.id, name: s.name });
  }

  /** Saves the current values as a new named scenario and makes it the active one. */
  saveAs(name: string, description: string, now = new Date()): SavedScenario {
    const a = this.snap.active;
    const s: SavedScenario = {
      id: newScenarioId(now.getTime()),
      name: name.trim(),
      description,
      preset: a.preset,
      overrides: a.overrides,
      updated: now.toISOString(),
    };
    this.setSaved([...this.snap.saved, s]);
    this.setActive({ ...a, savedId: s.id, name: s.name });
    return s;
  }

  /** Writes the current values into the saved scenario they were opened from. */
  saveCurrent(now = new Date()) {
    const a = this.snap.active;
    if (!a.savedId) return;
    this.setSaved(
      this.snap.saved.map((s) =>
        s.id === a.savedId ? { ...s, preset: a.preset, overrides: a.overrides, updated: now.toISOString() } : s,
      ),
    );
  }

  duplicate(id: string, copyLabel: string, now = new Date()) {
    const s = this.snap.saved.find((x) => x.id === id);
    if (!s) return;
    const copy: SavedScenario = {
      ...s,
      id: newScenarioId(now.getTime()),
      name: `${s.name} (${copyLabel})`,
      updated: now.toISOString(),
    };
    this.setSaved([...this.snap.saved, copy]);
  }

  rename(id: string, name: string, description: string) {
    this.setSaved(this.snap.saved.map((s) => (s.id === id ? { ...s, name: name.trim(), description } : s)));
    if (this.snap.active.savedId === id) this.setActive({ ...this.snap.active, name: name.trim() });
  }

  remove(id: string) {
    this.setSaved(this.snap.saved.filter((s) => s.id !== id));
    if (this.snap.active.savedId === id) {
      const { savedId: _s, name: _n, ...rest } = this.snap.active;
      this.setActive(rest);
    }
  }

  /** Adds every scenario of a JSON file, or none (with every problem listed). */
  importJson(text: string): { ok: true; added: number } | { ok: false; errors: Text[] } {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return {
        ok: false,
        errors: [{ en: `not valid JSON: ${(e as Error).message}`, da: `ikke gyldig JSON: ${(e as Error).message}` }],
      };
    }
    const parsed = parseScenarios(data);
    if (!parsed.ok) return parsed;
    const fresh = parsed.scenarios.map((s) => ({ ...s, id: newScenarioId() })); // never collide with what is here
    this.setSaved([...this.snap.saved, ...fresh]);
    return { ok: true, added: fresh.length };
  }

  exportJson(ids?: readonly string[]): ScenarioFile {
    return scenarioFile(ids ? this.snap.saved.filter((s) => ids.includes(s.id)) : this.snap.saved);
  }

  dismissProblem() {
    const { storageProblem: _p, ...rest } = this.snap;
    this.snap = { ...rest, urlIssues: [] };
    this.emit();
  }
}

let pageStore: ScenarioStore | undefined;

/** The page's store, made on first use from the URL and localStorage. */
function scenarioStore(): ScenarioStore {
  if (!pageStore) {
    const store = new ScenarioStore(window, window.localStorage);
    window.addEventListener('popstate', () => store.syncFromUrl());
    pageStore = store;
  }
  return pageStore;
}

export function useScenario(): ScenarioSnapshot & { store: ScenarioStore } {
  const store = scenarioStore();
  const snap = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { ...snap, store };
}
