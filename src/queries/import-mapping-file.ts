import { GAIN_COLUMNS, type GainMapping } from '../db';
import { GAINS_SPEC, missingRequired } from '../ingest';
import { VALUE_COLUMNS, canonicalValues, type ValueColumn } from '../model';
import type { PreparedImport } from './import-dataset';
import type { ValueMapping } from './value-mapping';

/**
 * A mapping as a file a colleague can reuse for the same partner's sheets: the header row, each field's file
 * column and how the file's categorical values read. Checked field by field before anything of it is applied.
 */
export interface MappingFile {
  version: 1;
  headerRow: number;
  columns: Partial<Record<keyof GainMapping, string | null>>;
  values: ValueMapping;
}

/** Why a mapping file was refused (the UI words it). */
export type MappingFileProblem =
  | { code: 'not-json' }
  | { code: 'not-mapping' }
  | { code: 'version'; version: string }
  | { code: 'header-row' }
  | { code: 'column'; field: string }
  | { code: 'value'; field: string; value: string };

export function mappingFileOf(prepared: PreparedImport, mapping: GainMapping, values: ValueMapping): MappingFile {
  return { version: 1, headerRow: prepared.headerRow ?? 1, columns: { ...mapping }, values };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseMappingFile(text: string): { file: MappingFile } | { problem: MappingFileProblem } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return { problem: { code: 'not-json' } };
  }
  if (!isRecord(v) || !isRecord(v.columns)) return { problem: { code: 'not-mapping' } };
  if (v.version !== 1) return { problem: { code: 'version', version: JSON.stringify(v.version ?? null) } };
  const headerRow = v.headerRow ?? 1;
  if (typeof headerRow !== 'number' || !Number.isInteger(headerRow) || headerRow < 1 || headerRow > 1000)
    return { problem: { code: 'header-row' } };
  const columns: MappingFile['columns'] = {};
  for (const [field, source] of Object.entries(v.columns)) {
    if (!(GAIN_COLUMNS as readonly string[]).includes(field) || (source !== null && typeof source !== 'string'))
      return { problem: { code: 'column', field } };
    columns[field as keyof GainMapping] = source; // field checked against GAIN_COLUMNS just above
  }
  const values: ValueMapping = {};
  const rawValues = v.values ?? {};
  if (!isRecord(rawValues)) return { problem: { code: 'value', field: '', value: '' } };
  for (const [field, map] of Object.entries(rawValues)) {
    if (!(VALUE_COLUMNS as readonly string[]).includes(field) || !isRecord(map))
      return { problem: { code: 'value', field, value: '' } };
    const column = field as ValueColumn; // checked against VALUE_COLUMNS just above
    const out: Record<string, string> = {};
    for (const [from, to] of Object.entries(map)) {
      if (typeof to !== 'string' || (to !== from && !canonicalValues(column).includes(to)))
        return { problem: { code: 'value', field, value: from } };
      out[from] = to;
    }
    values[column] = out;
  }
  return { file: { version: 1, headerRow, columns, values } };
}

/** The file's fields whose column this file does not have (left as suggested). */
export function unmatchedColumns(prepared: PreparedImport, file: MappingFile): string[] {
  return Object.entries(file.columns).flatMap(([field, source]) =>
    typeof source === 'string' && !prepared.columns.includes(source) ? [field] : [],
  );
}

/** A mapping file's choices over the suggested ones, where this file has the column it names. */
export function applyMappingFile(prepared: PreparedImport, file: MappingFile): PreparedImport {
  const mapping: GainMapping = { ...prepared.mapping };
  const confidence = { ...prepared.confidence };
  for (const [field, source] of Object.entries(file.columns)) {
    const key = field as keyof GainMapping; // parseMappingFile admits GAIN_COLUMNS only
    if (source === null || (source !== undefined && prepared.columns.includes(source))) {
      mapping[key] = source;
      if (source === null) delete confidence[key];
      else confidence[key] = 'remembered';
    }
  }
  const values: ValueMapping = { ...prepared.values };
  for (const [column, map] of Object.entries(file.values)) {
    const key = column as ValueColumn; // parseMappingFile admits VALUE_COLUMNS only
    values[key] = { ...values[key], ...map };
  }
  return { ...prepared, mapping, values, confidence, missingRequired: missingRequired(GAINS_SPEC, mapping) };
}
