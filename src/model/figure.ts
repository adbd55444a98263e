import type { SizeClass, Status } from './cells';

/** Every user-facing string the model produces comes in both app languages. */
export interface Text {
  da: string;
  en: string;
}

export type FigureUnit = 'DKK' | 'EUR' | 'ratio' | 'share' | 'year' | 'count';

/**
 * The aggregated input cells behind a figure. Each names the dimensions the UI needs to query the matching
 * raw rows (e.g. reported_gains joined with companies on theme, nace, size_class, year, status, gain_type).
 */
export type RowRef =
  | {
      kind: 'gain';
      theme: string;
      nace: number;
      sizeClass: SizeClass;
      status: Status;
      year: number;
      gainType: string;
      gainDkk: number;
      reports: number;
    }
  | {
      kind: 'base';
      theme: string;
      nace: number;
      sizeClass: SizeClass;
      companies: number;
      affectedEmployees: number;
      employeesWithoutAffected: number;
    }
  | { kind: 'population'; nace: number; sizeClass: SizeClass; firms: number; employees: number; valueAddedDkk: number }
  | { kind: 'relevance'; theme: string; nace: number; relevance: number };

/** A parameter as used by a figure: its value in this evaluation and the schema's source note. */
export interface ParamRef {
  id: string;
  value: number | string | boolean;
  label: Text;
  source: Text;
}

export interface Formula {
  words: Text;
  symbols: string;
}

/** One node of a trace: the UI renders this tree and never recomputes a figure. */
export interface Figure {
  id: string;
  value: number;
  unit: FigureUnit;
  label: Text;
  formula: Formula;
  inputs: Figure[];
  parameters: ParamRef[];
  rows: RowRef[];
  /** Things the user should know about how this figure was reached (fallbacks, exclusions). */
  notes?: Text[];
}

export interface ModelWarning {
  code: 'zero-base' | 'value-added-fallback' | 'no-reporting-firms' | 'invalid-cell' | 'clamped-relevance';
  message: Text;
  theme?: string;
  nace?: number;
  sizeClass?: SizeClass;
}

export function figure(
  id: string,
  value: number,
  unit: FigureUnit,
  label: Text,
  formula: Formula,
  parts: { inputs?: Figure[]; parameters?: ParamRef[]; rows?: RowRef[]; notes?: Text[] } = {},
): Figure {
  const f: Figure = {
    id,
    value,
    unit,
    label,
    formula,
    inputs: parts.inputs ?? [],
    parameters: parts.parameters ?? [],
    rows: parts.rows ?? [],
  };
  if (parts.notes && parts.notes.length > 0) f.notes = parts.notes;
  return f;
}

export function text(en: string, da: string): Text {
  return { da, en };
}
