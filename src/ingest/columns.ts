import { REPORTED_GAIN_COLUMNS } from '../model';
/**
 * The canonical import formats (reported gains; the national population table) and the matching of a
 * file's headers to them: case-, accent- and surrounding-space-insensitive, English or Danish.
 */

export interface ColumnSpec<K extends string = string> {
  key: K;
  /** Other accepted headers (the Danish name first). The key and both labels are accepted too. */
  aliases: readonly string[];
  required: boolean;
  label: { en: string; da: string };
}

export interface TableSpec<K extends string = string> {
  name: string;
  columns: readonly ColumnSpec<K>[];
}

export const GAIN_COLUMNS = REPORTED_GAIN_COLUMNS;
export type CanonicalColumn = (typeof GAIN_COLUMNS)[number];

export const POPULATION_COLUMNS = [
  'nace',
  'nace_name_da',
  'nace_name_en',
  'size_class',
  'firms',
  'employees',
  'value_added_dkk',
  'year',
  'source',
] as const;
export type PopulationColumn = (typeof POPULATION_COLUMNS)[number];

const col = <K extends string>(key: K, da: string, required: boolean, en: string, daLabel: string, more: string[] = []) =>
  ({ key, aliases: [da, ...more], required, label: { en, da: daLabel } }) satisfies ColumnSpec<K>;

export const GAINS_SPEC: TableSpec<CanonicalColumn> = {
  name: 'reported_gains',
  columns: [
    col('project_id', 'projekt_id', true, 'Project ID', 'Projekt-ID'),
    col('project_title', 'projekt', false, 'Project title', 'Projekttitel'),
    col('theme', 'tema', true, 'Theme', 'Tema'),
    col('company_id', 'virksomhed_id', true, 'Company ID', 'Virksomheds-ID'),
    col('company_name', 'virksomhed', false, 'Company name', 'Virksomhedsnavn'),
    col('nace', 'branche', true, 'Industry (NACE division)', 'Branche (NACE-hovedgruppe)', ['nace_division']),
    col('employees', 'ansatte', false, 'Employees', 'Ansatte'),
    col('affected_employees', 'berørte_ansatte', false, 'Affected employees', 'Berørte ansatte'),
    col('size_class', 'størrelse', false, 'Size class', 'Størrelsesklasse'),
    col('year', 'år', true, 'Year', 'År'),
    col('gain_type', 'gevinsttype', false, 'Gain type', 'Gevinsttype'),
    col('annual_gain_dkk', 'årlig_gevinst_dkk', true, 'Annual gain (DKK)', 'Årlig gevinst (kr.)'),
    col('status', 'status', false, 'Status', 'Status'),
  ],
};

export const POPULATION_SPEC: TableSpec<PopulationColumn> = {
  name: 'population',
  columns: [
    col('nace', 'branche', true, 'Industry (NACE division)', 'Branche (NACE-hovedgruppe)', ['nace_division']),
    col('nace_name_da', 'branchenavn_da', false, 'Industry name (Danish)', 'Branchenavn (dansk)', ['branchenavn']),
    col('nace_name_en', 'branchenavn_en', false, 'Industry name (English)', 'Branchenavn (engelsk)'),
    col('size_class', 'størrelse', true, 'Size class', 'Størrelsesklasse'),
    col('firms', 'virksomheder', true, 'Firms', 'Virksomheder', ['antal_virksomheder']),
    col('employees', 'ansatte', true, 'Employees', 'Ansatte'),
    col('value_added_dkk', 'værditilvækst_dkk', true, 'Value added (DKK)', 'Værditilvækst (kr.)', ['bvt_dkk']),
    col('year', 'år', false, 'Year', 'År'),
    col('source', 'kilde', false, 'Source', 'Kilde'),
  ],
};

const DANISH_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', å: 'a' };

/**
 * Case-, accent- and spacing-insensitive form of a header: lower case, accents stripped (NFD), ø/æ/å spelled
 * o/ae/a, and every run of other characters (spaces, hyphens, brackets, dots) as one `_`, none at the ends.
 * `berørte_ansatte`, `Berorte-ansatte` and ` BERØRTE ANSATTE ` all become `berorte_ansatte`.
 */
export function normalizeHeader(h: string): string {
  return h
    .toLowerCase()
    .replace(/[øæå]/g, (c) => DANISH_LETTERS[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/** Every accepted normalized header → its canonical column. Built once per spec. */
const lookups = new WeakMap<TableSpec, Map<string, string>>();
function lookupFor<K extends string>(spec: TableSpec<K>): Map<string, K> {
  let m = lookups.get(spec);
  if (!m) {
    m = new Map();
    for (const c of spec.columns) {
      for (const name of [c.key, ...c.aliases, c.label.en, c.label.da]) {
        const n = normalizeHeader(name);
        if (n && !m.has(n)) m.set(n, c.key);
      }
    }
    lookups.set(spec, m);
  }
  return m as Map<string, K>; // built from spec.columns' keys only
}

/** The canonical column a header stands for, or null. */
export function matchHeader<K extends string>(header: string, spec: TableSpec<K>): K | null {
  return lookupFor(spec).get(normalizeHeader(header)) ?? null;
}

export interface AutoMapResult<K extends string = CanonicalColumn> {
  /** Canonical column → index of the file column that holds it (the first, if several do), or null. */
  mapping: Record<K, number | null>;
  /** Required canonical columns no header matched: the user must map them. */
  unmatchedRequired: K[];
  /** Canonical columns more than one header matched (all indexes, in file order); the first one is mapped. */
  duplicates: { column: K; indexes: number[] }[];
  /** Indexes of file columns that matched no canonical column. */
  unmatched: number[];
}

/** Maps a file's headers to the spec's columns by name (defaults to the reported-gains format). */
export function autoMap(headers: readonly string[]): AutoMapResult<CanonicalColumn>;
export function autoMap<K extends string>(headers: readonly string[], spec: TableSpec<K>): AutoMapResult<K>;
export function autoMap(headers: readonly string[], spec: TableSpec = GAINS_SPEC): AutoMapResult<string> {
  const found = new Map<string, number[]>();
  const unmatched: number[] = [];
  headers.forEach((h, i) => {
    const key = matchHeader(h, spec);
    if (key === null) unmatched.push(i);
    else found.set(key, [...(found.get(key) ?? []), i]);
  });
  const mapping: Record<string, number | null> = {};
  for (const c of spec.columns) mapping[c.key] = found.get(c.key)?.[0] ?? null;
  return {
    mapping,
    unmatchedRequired: spec.columns.filter((c) => c.required && mapping[c.key] === null).map((c) => c.key),
    duplicates: spec.columns.flatMap((c) => {
      const idx = found.get(c.key) ?? [];
      return idx.length > 1 ? [{ column: c.key, indexes: idx }] : [];
    }),
    unmatched,
  };
}

/**
 * A stable key for a file's header row, to remember a manual mapping for files with the same headers: the
 * headers exactly as written (surrounding spaces and a BOM aside), in order, hashed (53-bit cyrb53).
 */
export function headerSignature(headers: readonly string[]): string {
  const text = headers.map((h) => h.replace(/^\uFEFF/, '').trim()).join('\u001f');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `h${headers.length}-${hash.toString(36)}`;
}
