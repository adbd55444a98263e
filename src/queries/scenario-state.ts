import {
  PARAMETERS,
  isParamId,
  isPresetId,
  paramSpec,
  presetById,
  withOverrides,
  type ParamId,
  type ParamIssue,
  type Params,
  type PresetId,
} from '../model';

/** A raw parameter value as it travels through forms, URLs and JSON (validated before it reaches the model). */
export type RawValue = number | string | boolean;
export type Overrides = Partial<Record<ParamId, RawValue>>;

/** The scenario the app shows: a preset plus the values changed from it. */
export interface ScenarioState {
  preset: PresetId;
  overrides: Overrides;
  /** The saved scenario it was opened from, if any (for the name shown and "save" vs "save as"). */
  savedId?: string;
  name?: string;
}

export interface SavedScenario {
  id: string;
  name: string;
  description: string;
  preset: PresetId;
  overrides: Overrides;
  updated: string;
}

const DEFAULT_SCENARIO: ScenarioState = { preset: 'damvad-2017', overrides: {} };

const PARAM_PREFIX = 'p.';

/** The parameters the model runs with. Overrides were validated on the way in, so this only fails on a bug. */
export function scenarioParams(s: ScenarioState): Params {
  const base = presetById(s.preset).params;
  const v = withOverrides(base, s.overrides);
  return v.ok ? v.params : base;
}

/** Drops overrides equal to the preset's value, so "changed from preset" means a real change. */
export function normalise(s: ScenarioState): ScenarioState {
  const base = presetById(s.preset).params;
  const overrides: Overrides = {};
  for (const spec of PARAMETERS) {
    const v = s.overrides[spec.id];
    if (v !== undefined && v !== base[spec.id]) overrides[spec.id] = v;
  }
  return { ...s, overrides };
}

/** A stable string for cache keys and equality: preset plus sorted overrides. */
export function scenarioKey(s: ScenarioState): string {
  const ids = Object.keys(s.overrides).sort();
  return `${s.preset}|${ids.map((id) => `${id}=${String(s.overrides[id as ParamId])}`).join('&')}`;
}

/** Parses one raw value for a parameter from text (URL or field); numbers keep every digit they were given. */
function parseRaw(id: ParamId, text: string): RawValue {
  const spec = paramSpec(id);
  if (spec.kind === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  if (spec.kind === 'choice') return text;
  const t = text.trim();
  return t === '' ? NaN : Number(t);
}

export interface UrlScenario {
  scenario: ScenarioState;
  /** URL values that could not be used, each with why (shown to the user, never silently dropped). */
  issues: ParamIssue[];
}

/** `?preset=conservative&p.adoption_ceiling=0.5&sn=Half` → the scenario, every bad value reported. */
export function readScenario(search: string): UrlScenario {
  const q = new URLSearchParams(search);
  const issues: ParamIssue[] = [];
  const presetText = q.get('preset');
  let preset: PresetId = DEFAULT_SCENARIO.preset;
  if (presetText !== null) {
    if (isPresetId(presetText)) preset = presetText;
    else
      issues.push({
        id: 'preset',
        message: { en: `unknown preset "${presetText}"`, da: `ukendt forudindstilling "${presetText}"` },
      });
  }
  const base = presetById(preset).params;
  const overrides: Overrides = {};
  for (const [key, value] of q) {
    if (!key.startsWith(PARAM_PREFIX)) continue;
    const id = key.slice(PARAM_PREFIX.length);
    if (!isParamId(id)) {
      issues.push({ id, message: { en: `unknown parameter ${id}`, da: `ukendt parameter ${id}` } });
      continue;
    }
    const raw = parseRaw(id, value);
    const v = withOverrides(base, { [id]: raw });
    if (v.ok) overrides[id] = raw;
    else issues.push(...v.issues);
  }
  const name = q.get('sn') ?? undefined;
  return { scenario: normalise({ preset, overrides, ...(name ? { name } : {}) }), issues };
}

/** Writes the scenario into a URL, keeping every other query parameter (filters, language). */
export function writeScenario(href: string, s: ScenarioState): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(PARAM_PREFIX)) url.searchParams.delete(key);
  url.searchParams.set('preset', s.preset);
  for (const spec of PARAMETERS) {
    const v = s.overrides[spec.id];
    if (v !== undefined) url.searchParams.set(PARAM_PREFIX + spec.id, String(v)); // String(number) round-trips exactly
  }
  if (s.name) url.searchParams.set('sn', s.name);
  else url.searchParams.delete('sn');
  return url.toString();
}
