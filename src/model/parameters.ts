import type { ParamRef, Text } from './figure';
import { PARAMETER_SCHEMA } from './parameter-schema';
import type { NumberSpec, NumericParamId, ParamId, ParamSpec, Params } from './parameter-types';

/** The schema as an ordered list, in the order of METHOD.md's chain (the UI's and the appendix's order). */
export const PARAMETERS: readonly ParamSpec[] = Object.entries(PARAMETER_SCHEMA).map(
  ([id, spec]) => ({ ...spec, id }) as ParamSpec, // Object.entries widens the key to string; it is a ParamId
);

const SPEC_BY_ID = new Map<string, ParamSpec>(PARAMETERS.map((s) => [s.id, s]));

export function isParamId(id: string): id is ParamId {
  return SPEC_BY_ID.has(id);
}

export function paramSpec(id: ParamId): ParamSpec {
  return SPEC_BY_ID.get(id) ?? PARAMETERS[0]!; // every ParamId is in the map: the map is built from the schema
}

export function isNumericParam(id: ParamId): id is NumericParamId {
  const kind = paramSpec(id).kind;
  return kind === 'number' || kind === 'share';
}

export interface ParamIssue {
  id: string;
  message: Text;
}

export type ParamValidation = { ok: true; params: Params } | { ok: false; issues: ParamIssue[] };

function rangeIssue(id: string, spec: NumberSpec, got: unknown): ParamIssue {
  const what = spec.integer ? ' a whole number' : '';
  const whatDa = spec.integer ? ' et helt tal' : '';
  return {
    id,
    message: {
      en: `${id} must be${what} between ${spec.min} and ${spec.max} (got ${String(got)})`,
      da: `${id} skal være${whatDa} mellem ${spec.min} og ${spec.max} (fik ${String(got)})`,
    },
  };
}

function checkOne(spec: ParamSpec, value: unknown): ParamIssue | null {
  const id = spec.id;
  if (value === undefined) return { id, message: { en: `${id} is missing`, da: `${id} mangler` } };
  switch (spec.kind) {
    case 'number':
    case 'share': {
      const ok =
        typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= spec.min &&
        value <= spec.max &&
        (!spec.integer || Number.isInteger(value));
      return ok ? null : rangeIssue(id, spec, value);
    }
    case 'choice': {
      if (spec.choices.some((c) => c.value === value)) return null;
      const list = spec.choices.map((c) => c.value).join(', ');
      return {
        id,
        message: {
          en: `${id} must be one of ${list} (got ${String(value)})`,
          da: `${id} skal være en af ${list} (fik ${String(value)})`,
        },
      };
    }
    case 'boolean':
      return typeof value === 'boolean'
        ? null
        : {
            id,
            message: {
              en: `${id} must be true or false (got ${String(value)})`,
              da: `${id} skal være sand eller falsk (fik ${String(value)})`,
            },
          };
  }
}

/**
 * Checks every parameter against the schema and lists every problem at once (a form shows them all).
 * NaN and ±Infinity are refused; unknown ids are refused so a misspelt URL parameter is not silently ignored.
 */
export function validateParams(raw: Readonly<Record<string, unknown>>): ParamValidation {
  const issues: ParamIssue[] = [];
  for (const spec of PARAMETERS) {
    const issue = checkOne(spec, raw[spec.id]);
    if (issue) issues.push(issue);
  }
  for (const id of Object.keys(raw)) {
    if (!SPEC_BY_ID.has(id)) issues.push({ id, message: { en: `unknown parameter ${id}`, da: `ukendt parameter ${id}` } });
  }
  if (issues.length > 0) return { ok: false, issues };
  const params: Record<string, unknown> = {};
  for (const spec of PARAMETERS) params[spec.id] = raw[spec.id];
  return { ok: true, params: params as unknown as Params }; // each field was checked against its spec just above
}

/** A parameter set changed in a few places, checked again as a whole. */
export function withOverrides(base: Params, overrides: Readonly<Record<string, unknown>>): ParamValidation {
  return validateParams({ ...base, ...overrides });
}

/** For constants written in the code (defaults, presets): a wrong one is a bug, so it throws at load. */
export function mustParams(raw: Readonly<Record<string, unknown>>): Params {
  const v = validateParams(raw);
  if (!v.ok) throw new RangeError(`invalid built-in parameters: ${v.issues.map((i) => i.message.en).join('; ')}`);
  return v.params;
}

export const DEFAULT_PARAMS: Params = mustParams(Object.fromEntries(PARAMETERS.map((s) => [s.id, s.default])));

function paramRef(params: Params, id: ParamId): ParamRef {
  const spec = paramSpec(id);
  return { id, value: params[id], label: spec.label, source: spec.source };
}

export function paramRefs(params: Params, ids: readonly ParamId[]): ParamRef[] {
  return ids.map((id) => paramRef(params, id));
}
