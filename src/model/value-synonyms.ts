/**
 * The categorical columns of the reported-gains format, their canonical values and the words partners use for them
 * (Danish and English), so the mapping step can suggest how a file's own values read.
 */
export const VALUE_COLUMNS = ['status', 'gain_type', 'size_class'] as const;
export type ValueColumn = (typeof VALUE_COLUMNS)[number];

const SYNONYMS: Record<ValueColumn, Record<string, readonly string[]>> = {
  status: {
    realised: [
      'realised',
      'realized',
      'realiseret',
      'opnaaet',
      'opnået',
      'ja',
      'yes',
      'y',
      'j',
      'x',
      'true',
      'sand',
      '1',
      'faktisk',
      'actual',
    ],
    expected: ['expected', 'forventet', 'nej', 'no', 'n', 'false', 'falsk', '0', 'planlagt', 'planned', 'forecast', 'prognose'],
  },
  gain_type: {
    productivity: ['productivity', 'produktivitet', 'effektivitet', 'efficiency'],
    cost_saving: ['cost_saving', 'cost saving', 'omkostningsbesparelse', 'besparelse', 'savings', 'saving'],
    quality: ['quality', 'kvalitet'],
    energy: ['energy', 'energi', 'energibesparelse'],
    revenue: ['revenue', 'omsaetning', 'omsætning', 'salg', 'sales', 'turnover'],
  },
  size_class: {
    '0-9': ['0-9', 'mikro', 'micro'],
    '10-49': ['10-49', 'lille', 'small'],
    '50-249': ['50-249', 'mellem', 'mellemstor', 'medium'],
    '250+': ['250+', 'stor', 'large', '250-'],
  },
};

/** The canonical values of a categorical column, in order. */
export function canonicalValues(column: ValueColumn): string[] {
  return Object.keys(SYNONYMS[column]);
}

/** Lower case, accents and surrounding space gone, inner runs of space, `_` and `-` as one space. */
export function foldValue(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[–—]/g, '-')
    .trim()
    .replace(/[\s_]+/g, ' ');
}

export interface ValueSuggestion {
  value: string;
  /** 1: the canonical value itself; 0.9: a known synonym; 0.6: a synonym's start (at least 3 letters). */
  confidence: number;
}

/** How a file's value most likely reads in the canonical format, or null when nothing fits. */
export function suggestValue(column: ValueColumn, raw: string): ValueSuggestion | null {
  const v = foldValue(raw);
  if (!v) return null;
  let prefix: ValueSuggestion | null = null;
  for (const [canonical, words] of Object.entries(SYNONYMS[column])) {
    if (v === foldValue(canonical)) return { value: canonical, confidence: 1 };
    for (const w of words) {
      const f = foldValue(w);
      if (v === f) return { value: canonical, confidence: 0.9 };
      if (!prefix && v.length >= 3 && f.length > 3 && f.startsWith(v)) prefix = { value: canonical, confidence: 0.6 };
    }
  }
  return prefix;
}

// What the import reads as it stands (src/db's validation: status and size class are checked, gain types in Danish
// are translated and any other gain type is kept as written).
const READ_AS_IS: Record<ValueColumn, readonly string[]> = {
  status: ['realised', 'realized', 'realiseret', 'expected', 'forventet'],
  gain_type: [
    'productivity',
    'cost saving',
    'quality',
    'energy',
    'revenue',
    'produktivitet',
    'omkostningsbesparelse',
    'besparelse',
    'kvalitet',
    'energi',
    'omsaetning',
  ],
  size_class: ['0-9', '10-49', '50-249', '250+', '250-'],
};

/** Whether the import reads a file's value as it stands (no value mapping needed). */
export function isReadAsIs(column: ValueColumn, raw: string): boolean {
  return READ_AS_IS[column].includes(foldValue(raw));
}
