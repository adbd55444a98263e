import { version } from '../../package.json';

const APP_VERSION: string = version;

type ParamValue = string | number | boolean;

/** Where an export or report comes from: stamped on every file the app writes. */
export interface ExportStamp {
  dataset: string;
  /** SHA-256 of the data set's stored rows (the demo's computed the same way when it loads). */
  datasetHash: string | null;
  /** The scenario: its preset, its saved name if any, and the values changed from the preset. */
  scenario: { preset: string; name?: string | undefined; changed: Record<string, ParamValue> };
  /** Every parameter value the figures were computed with. */
  params: Record<string, ParamValue>;
  appVersion: string;
  /** ISO 8601 instant of the export. */
  createdAt: string;
}

/** The stamp as ordered key–value pairs: the XLSX sheet, the Parquet metadata and the text note all use these. */
export function stampEntries(s: ExportStamp): [string, string][] {
  return [
    ['spillover.dataset', s.dataset],
    ['spillover.dataset_sha256', s.datasetHash ?? ''],
    ['spillover.scenario_preset', s.scenario.preset],
    ['spillover.scenario_name', s.scenario.name ?? ''],
    ['spillover.scenario_changed', JSON.stringify(s.scenario.changed)],
    ['spillover.parameters', JSON.stringify(s.params)],
    ['spillover.app_version', s.appVersion],
    ['spillover.created_at', s.createdAt],
  ];
}

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, 40) || 'data';
}

/**
 * A file name that carries the stamp's essentials: what, which data set (name + first 8 hex of its hash),
 * which scenario, the date and the app version. A CSV has no place for metadata that keeps it importable,
 * so its file name is its stamp (the full stamp is in the XLSX, Parquet and JSON exports).
 */
export function stampFileName(base: string, s: ExportStamp, ext: string): string {
  const hash = s.datasetHash ? `-${s.datasetHash.slice(0, 8)}` : '';
  const changed = Object.keys(s.scenario.changed).length;
  const scenario = `${slug(s.scenario.name ?? s.scenario.preset)}${changed > 0 ? `+${changed}` : ''}`;
  return `${slug(base)}_${slug(s.dataset)}${hash}_${scenario}_${s.createdAt.slice(0, 10)}_v${s.appVersion}.${ext}`;
}

/** A stamp from the data set and the active scenario (preset, saved name, changed values, all values). */
export function makeStamp(
  dataset: { name: string; contentHash: string | null },
  scenario: { preset: string; name?: string | undefined; overrides: Record<string, ParamValue | undefined> },
  params: object,
  now: Date,
): ExportStamp {
  const changed: Record<string, ParamValue> = {};
  for (const [k, v] of Object.entries(scenario.overrides)) if (v !== undefined) changed[k] = v;
  const all: Record<string, ParamValue> = {};
  for (const [k, v] of Object.entries(params))
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') all[k] = v;
  return {
    dataset: dataset.name,
    datasetHash: dataset.contentHash,
    scenario: { preset: scenario.preset, name: scenario.name, changed },
    params: all,
    appVersion: APP_VERSION,
    createdAt: now.toISOString(),
  };
}
