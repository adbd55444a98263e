import { GAINS_SPEC, type CanonicalColumn } from './columns';
import { csvField } from './csv-write';

export type TemplateLang = 'da' | 'en';
export type TemplateKind = 'csv' | 'xlsx';

type Example = Record<CanonicalColumn, string | number | null>;

/** Two example rows (one realised, one expected), per language. */
const EXAMPLES: Record<TemplateLang, Example[]> = {
  en: [
    {
      project_id: 'P-001',
      project_title: 'Robot welding cell',
      theme: 'automation',
      company_id: 'C-001',
      company_name: 'Example Ltd',
      nace: 25,
      employees: 120,
      affected_employees: 30,
      size_class: '50-249',
      year: 2024,
      gain_type: 'productivity',
      annual_gain_dkk: 1250000.5,
      status: 'realised',
    },
    {
      project_id: 'P-001',
      project_title: 'Robot welding cell',
      theme: 'automation',
      company_id: 'C-002',
      company_name: 'Sample Industries',
      nace: 28,
      employees: 40,
      affected_employees: null,
      size_class: null,
      year: 2025,
      gain_type: 'energy',
      annual_gain_dkk: 80000,
      status: 'expected',
    },
  ],
  da: [
    {
      project_id: 'P-001',
      project_title: 'Robotcelle til svejsning',
      theme: 'automatisering',
      company_id: 'C-001',
      company_name: 'Eksempel A/S',
      nace: 25,
      employees: 120,
      affected_employees: 30,
      size_class: '50-249',
      year: 2024,
      gain_type: 'produktivitet',
      annual_gain_dkk: 1250000.5,
      status: 'realiseret',
    },
    {
      project_id: 'P-001',
      project_title: 'Robotcelle til svejsning',
      theme: 'automatisering',
      company_id: 'C-002',
      company_name: 'Prøve Industri ApS',
      nace: 28,
      employees: 40,
      affected_employees: null,
      size_class: null,
      year: 2025,
      gain_type: 'energi',
      annual_gain_dkk: 80000,
      status: 'forventet',
    },
  ],
};

/** The header a template writes for a column: the canonical name in English, the Danish alias in Danish. */
function templateHeader(key: CanonicalColumn, lang: TemplateLang): string {
  const c = GAINS_SPEC.columns.find((x) => x.key === key);
  return lang === 'en' || !c ? key : (c.aliases[0] ?? key);
}

/** Money with two decimals: Danish Excel style `1.250.000,50` (`.` thousands, `,` decimals), English `1250000.50`. */
function csvMoney(n: number, lang: TemplateLang): string {
  const fixed = n.toFixed(2);
  if (lang === 'en') return fixed;
  const [whole = '0', frac = '00'] = fixed.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${frac}`;
}

const MONEY: ReadonlySet<CanonicalColumn> = new Set(['annual_gain_dkk']);

/**
 * The template as CSV text. Danish: `;`, decimal comma, CRLF and a UTF-8 BOM so Excel opens æøå right;
 * English: `,`, decimal point, LF.
 */
function templateCsv(lang: TemplateLang): string {
  const delimiter = lang === 'da' ? ';' : ',';
  const newline = lang === 'da' ? '\r\n' : '\n';
  const cell = (c: CanonicalColumn, v: string | number | null) =>
    v === null ? '' : typeof v === 'number' ? (MONEY.has(c) ? csvMoney(v, lang) : String(v)) : csvField(v, delimiter);
  const lines = [
    GAINS_SPEC.columns.map((c) => csvField(templateHeader(c.key, lang), delimiter)).join(delimiter),
    ...EXAMPLES[lang].map((ex) => GAINS_SPEC.columns.map((c) => cell(c.key, ex[c.key])).join(delimiter)),
  ];
  return (lang === 'da' ? '\uFEFF' : '') + lines.join(newline) + newline;
}

/**
 * A template of the canonical reported-gains format to download: CSV or XLSX, Danish or English headers,
 * with example rows. The XLSX has a second sheet describing the columns. write-excel-file is loaded on first
 * use; its `universal` entry makes a Blob in the browser and in Node alike. Always a Blob today; the wider
 * type is the contract callers code against.
 */
export async function makeTemplate(lang: TemplateLang, kind: TemplateKind): Promise<Blob | Uint8Array> {
  if (kind === 'csv') return new Blob([templateCsv(lang)], { type: 'text/csv;charset=utf-8' });
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const header = GAINS_SPEC.columns.map((c) => ({ value: templateHeader(c.key, lang), fontWeight: 'bold' as const }));
  const rows = EXAMPLES[lang].map((ex) =>
    GAINS_SPEC.columns.map((c) => {
      const v = ex[c.key];
      if (v === null) return null;
      return typeof v === 'number'
        ? { value: v, type: Number, format: MONEY.has(c.key) ? '#,##0.00' : '0' }
        : { value: v, type: String };
    }),
  );
  const yes = lang === 'da' ? 'ja' : 'yes';
  const no = lang === 'da' ? 'nej' : 'no';
  const guide = [
    [lang === 'da' ? 'Kolonne' : 'Column', lang === 'da' ? 'Betydning' : 'Meaning', lang === 'da' ? 'Påkrævet' : 'Required'].map(
      (value) => ({ value, fontWeight: 'bold' as const }),
    ),
    ...GAINS_SPEC.columns.map((c) => [templateHeader(c.key, lang), c.label[lang], c.required ? yes : no]),
  ];
  return writeXlsxFile([
    {
      data: [header, ...rows],
      sheet: lang === 'da' ? 'Gevinster' : 'Gains',
      columns: GAINS_SPEC.columns.map(() => ({ width: 18 })),
    },
    { data: guide, sheet: lang === 'da' ? 'Vejledning' : 'Guide', columns: [{ width: 22 }, { width: 30 }, { width: 10 }] },
  ]).toBlob();
}
