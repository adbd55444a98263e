import { GAINS_SPEC, normalizeHeader, type CanonicalColumn } from './columns';
import { missingRequired, type ColumnMapping } from './map-columns';

/**
 * The mapping step's suggestion of which file column holds each reported-gains field, and how sure it is:
 * `exact` (the format's own id, English or Danish), `synonym` (a label, alias or a word partners use for it),
 * `guess` (a near spelling or a shortening), `remembered` (the user's earlier choice for the same headers).
 */
export type ColumnConfidence = 'exact' | 'synonym' | 'guess' | 'remembered';

// Words partners' sheets use for the fields, beyond the format's aliases and labels (normalised when compared).
const PARTNER_WORDS: Record<CanonicalColumn, readonly string[]> = {
  project_id: ['projektnr', 'projektnummer', 'project', 'projekt_nr', 'sagsnr', 'project_no'],
  project_title: ['titel', 'title', 'projektnavn', 'project_name', 'projekttitel'],
  theme: ['emne', 'topic', 'omraade', 'indsatsomraade', 'subject', 'theme_name'],
  company_id: ['cvr', 'cvr_nr', 'cvrnummer', 'virksomhedsnummer', 'firm_id', 'firma_id', 'firma', 'firm'],
  company_name: ['navn', 'name', 'firmanavn', 'company', 'virksomhedsnavn'],
  nace: ['branchekode', 'industry', 'nace_kode', 'nace_code', 'sector', 'sektor'],
  employees: ['medarbejdere', 'antal_ansatte', 'staff', 'headcount', 'fte'],
  affected_employees: ['berorte', 'affected', 'involverede', 'involverede_medarbejdere'],
  size_class: ['storrelsesklasse', 'size', 'virksomhedsstorrelse', 'size_band'],
  year: ['aar', 'aarstal', 'arstal', 'regnskabsaar', 'fiscal_year'],
  gain_type: ['art', 'type', 'gevinstart', 'kind', 'benefit_type'],
  annual_gain_dkk: ['beloeb', 'belob', 'gevinst', 'amount', 'aarlig_gevinst', 'gain', 'annual_gain', 'dkk'],
  status: ['opnaaet', 'opnaet', 'realiseret', 'realised', 'achieved'],
};

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

const near = (h: string, t: string) =>
  (h.length >= 3 && t.length > h.length && t.startsWith(h)) || (h.length >= 5 && distance(h, t) <= 1);

export interface ColumnSuggestion {
  mapping: ColumnMapping<CanonicalColumn>;
  confidence: Partial<Record<CanonicalColumn, ColumnConfidence>>;
  missingRequired: CanonicalColumn[];
}

/** Each field's file column, tier by tier (a file column serves one field), a remembered choice over all. */
export function suggestColumns(headers: readonly string[], remembered: string | null = null): ColumnSuggestion {
  const mapping = Object.fromEntries(GAINS_SPEC.columns.map((c) => [c.key, null])) as ColumnMapping<CanonicalColumn>; // every key set here
  const confidence: ColumnSuggestion['confidence'] = {};
  const used = new Set<string>();
  const norm = headers.map((h) => normalizeHeader(h));
  const tiers: [ColumnConfidence, (c: (typeof GAINS_SPEC.columns)[number], h: string) => boolean][] = [
    ['exact', (c, h) => h === normalizeHeader(c.key) || h === normalizeHeader(c.aliases[0] ?? c.key)],
    ['synonym', (c, h) => [...c.aliases, c.label.en, c.label.da, ...PARTNER_WORDS[c.key]].some((w) => normalizeHeader(w) === h)],
    ['guess', (c, h) => [c.key, ...c.aliases, ...PARTNER_WORDS[c.key]].some((w) => near(h, normalizeHeader(w)))],
  ];
  for (const [tier, fits] of tiers) {
    for (const c of GAINS_SPEC.columns) {
      if (mapping[c.key] !== null) continue;
      const i = norm.findIndex((h, k) => !used.has(headers[k] ?? '') && h !== '' && fits(c, h));
      const header = headers[i];
      if (i < 0 || header === undefined) continue;
      mapping[c.key] = header;
      confidence[c.key] = tier;
      used.add(header);
    }
  }
  if (remembered) {
    try {
      const saved = JSON.parse(remembered) as Partial<Record<string, unknown>>; // checked value by value below
      for (const c of GAINS_SPEC.columns) {
        const v = saved[c.key];
        if (v === null || (typeof v === 'string' && headers.includes(v))) {
          mapping[c.key] = v;
          if (v === null) delete confidence[c.key];
          else confidence[c.key] = 'remembered';
        }
      }
    } catch {
      /* not JSON: the suggestion stands */
    }
  }
  return { mapping, confidence, missingRequired: missingRequired(GAINS_SPEC, mapping) };
}
