import { isParamId, isPresetId, presetById, withOverrides, type Text } from '../model';
import { normalise, type Overrides, type RawValue, type SavedScenario } from './scenario-state';

export const SCENARIOS_KEY = 'spillover.scenarios';
const SCENARIO_FILE_FORMAT = 'spillover-scenarios';

export interface ScenarioFile {
  format: typeof SCENARIO_FILE_FORMAT;
  version: 1;
  scenarios: Omit<SavedScenario, 'id'>[];
}

export type ParsedScenarios = { ok: true; scenarios: SavedScenario[] } | { ok: false; errors: Text[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

let counter = 0;
/** Unique enough within one browser profile; ids never leave it except inside an export the user makes. */
export function newScenarioId(now: number = Date.now()): string {
  counter += 1;
  return `s-${now.toString(36)}-${counter.toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;
}

/**
 * Checks scenarios from a file or from storage: every problem is listed with the scenario it is in, and a file
 * with any problem is refused whole (importing half a file would silently lose the rest).
 */
export function parseScenarios(data: unknown): ParsedScenarios {
  const errors: Text[] = [];
  const list = isRecord(data) && Array.isArray(data.scenarios) ? data.scenarios : Array.isArray(data) ? data : null;
  if (isRecord(data) && 'format' in data && data.format !== SCENARIO_FILE_FORMAT)
    return {
      ok: false,
      errors: [
        {
          en: `not a Spillover scenario file (format "${String(data.format)}")`,
          da: `ikke en Spillover-scenariefil (format "${String(data.format)}")`,
        },
      ],
    };
  if (!list)
    return {
      ok: false,
      errors: [
        {
          en: 'expected {"scenarios": [...]} with a list of scenarios',
          da: 'forventede {"scenarios": [...]} med en liste af scenarier',
        },
      ],
    };
  if (list.length === 0)
    return { ok: false, errors: [{ en: 'the file holds no scenarios', da: 'filen indeholder ingen scenarier' }] };
  const out: SavedScenario[] = [];
  list.forEach((item, i) => {
    const where = (en: string, da: string): Text => ({ en: `scenario ${i + 1}: ${en}`, da: `scenarie ${i + 1}: ${da}` });
    if (!isRecord(item)) return errors.push(where('is not an object', 'er ikke et objekt'));
    const name = typeof item.name === 'string' ? item.name.trim() : '';
    if (!name) errors.push(where('has no name', 'mangler et navn'));
    const preset = typeof item.preset === 'string' ? item.preset : '';
    if (!isPresetId(preset)) return errors.push(where(`unknown preset "${preset}"`, `ukendt forudindstilling "${preset}"`));
    const raw = item.overrides ?? {};
    if (!isRecord(raw)) return errors.push(where('overrides must be an object', 'overrides skal være et objekt'));
    const overrides: Overrides = {};
    for (const [id, v] of Object.entries(raw)) {
      if (!isParamId(id)) errors.push(where(`unknown parameter ${id}`, `ukendt parameter ${id}`));
      else if (typeof v !== 'number' && typeof v !== 'string' && typeof v !== 'boolean')
        errors.push(where(`${id} has no usable value`, `${id} har ingen brugbar værdi`));
      else overrides[id] = v as RawValue;
    }
    const v = withOverrides(presetById(preset).params, overrides);
    if (!v.ok) for (const issue of v.issues) errors.push(where(issue.message.en, issue.message.da));
    const description = typeof item.description === 'string' ? item.description : '';
    const id = typeof item.id === 'string' && item.id ? item.id : newScenarioId();
    const updated = typeof item.updated === 'string' ? item.updated : new Date().toISOString();
    out.push({ id, name, description, updated, ...normalise({ preset, overrides }) });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenarios: out };
}

export function scenarioFile(list: readonly SavedScenario[]): ScenarioFile {
  return {
    format: SCENARIO_FILE_FORMAT,
    version: 1,
    scenarios: list.map(({ name, description, preset, overrides, updated }) => ({
      name,
      description,
      preset,
      overrides,
      updated,
    })),
  };
}

export type StoredScenarios = { scenarios: SavedScenario[]; problem?: Text };

/** Reads the saved list; a damaged store is reported and set aside (kept under a backup key), never a crash. */
export function loadStoredScenarios(storage: Storage): StoredScenarios {
  let text: string | null;
  try {
    text = storage.getItem(SCENARIOS_KEY);
  } catch {
    return {
      scenarios: [],
      problem: {
        en: 'Saved scenarios could not be read (storage unavailable).',
        da: 'Gemte scenarier kunne ikke læses (lager utilgængeligt).',
      },
    };
  }
  if (text === null) return { scenarios: [] };
  let parsed: ParsedScenarios;
  try {
    parsed = parseScenarios(JSON.parse(text));
  } catch {
    parsed = { ok: false, errors: [{ en: 'not valid JSON', da: 'ikke gyldig JSON' }] };
  }
  if (parsed.ok) return { scenarios: parsed.scenarios };
  try {
    storage.setItem(`${SCENARIOS_KEY}.damaged`, text);
    storage.removeItem(SCENARIOS_KEY);
  } catch {
    /* nothing more to save */
  }
  const why = parsed.errors[0] ?? { en: '', da: '' };
  return {
    scenarios: [],
    problem: {
      en: `The saved scenarios were damaged (${why.en}) and have been set aside; starting with none.`,
      da: `De gemte scenarier var beskadigede (${why.da}) og er lagt til side; starter uden.`,
    },
  };
}

export function storeScenarios(storage: Storage, list: readonly SavedScenario[]): Text | null {
  try {
    storage.setItem(SCENARIOS_KEY, JSON.stringify(scenarioFile(list).scenarios.map((s, i) => ({ ...s, id: list[i]!.id }))));
    return null;
  } catch (e) {
    return { en: `Could not save scenarios: ${String(e)}`, da: `Kunne ikke gemme scenarier: ${String(e)}` };
  }
}
