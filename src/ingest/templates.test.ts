import { describe, expect, it } from 'vitest';
import { GAIN_COLUMNS, GAINS_SPEC, autoMap } from './columns';
import { decodeText } from './decode';
import { parseGenericCsv } from './generic-csv';
import { sniffDialect } from './sniff';
import { makeTemplate } from './templates';
import { readXlsx } from './xlsx';

const DANISH = [
  'projekt_id',
  'projekt',
  'tema',
  'virksomhed_id',
  'virksomhed',
  'branche',
  'ansatte',
  'berørte_ansatte',
  'størrelse',
  'år',
  'gevinsttype',
  'årlig_gevinst_dkk',
  'status',
];

async function bytesOf(made: Blob | Uint8Array): Promise<Uint8Array> {
  return made instanceof Uint8Array ? made : new Uint8Array(await made.arrayBuffer());
}

describe('makeTemplate', () => {
  it.each([
    ['da', DANISH, ';', '\r\n', 'utf-8-bom', '1.250.000,50', 'realiseret'],
    ['en', [...GAIN_COLUMNS], ',', '\n', 'utf-8', '1250000.50', 'realised'],
  ] as const)(
    'CSV (%s): headers, delimiter, number style, and it maps itself',
    async (lang, headers, delimiter, newline, encoding, gain, status) => {
      const made = await makeTemplate(lang, 'csv');
      expect(made).toBeInstanceOf(Blob);
      const { text, encoding: enc } = decodeText(await bytesOf(made));
      expect(enc).toBe(encoding);
      expect(sniffDialect(text)).toEqual({ delimiter, quote: '"', newline });
      const t = parseGenericCsv(text);
      expect(t.headers).toEqual(headers);
      expect(t.rows).toHaveLength(2);
      expect(t.rows[0]?.[11]).toBe(gain);
      expect(t.rows[0]?.[12]).toBe(status);
      const m = autoMap(t.headers);
      expect(m.unmatchedRequired).toEqual([]);
      expect(m.mapping).toEqual(Object.fromEntries(GAIN_COLUMNS.map((c, i) => [c, i])));
    },
  );

  it.each([
    ['da', DANISH, ['Gevinster', 'Vejledning'], 'Påkrævet', 'realiseret'],
    ['en', [...GAIN_COLUMNS], ['Gains', 'Guide'], 'Required', 'realised'],
  ] as const)(
    'XLSX (%s): re-read headers, numeric cells and the column guide',
    async (lang, headers, sheets, requiredLabel, status) => {
      const bytes = await bytesOf(await makeTemplate(lang, 'xlsx'));
      const x = await readXlsx(bytes);
      expect(x.sheets).toEqual(sheets);
      expect(x.headers).toEqual(headers);
      expect(x.rows[0]).toEqual([
        'P-001',
        expect.any(String),
        expect.any(String),
        'C-001',
        expect.any(String),
        '25',
        '120',
        '30',
        '50-249',
        '2024',
        expect.any(String),
        '1250000.5',
        status,
      ]);
      expect(x.rows[1]?.slice(7, 9)).toEqual(['', '']);
      expect(autoMap(x.headers).unmatchedRequired).toEqual([]);
      const guide = await readXlsx(bytes, 1);
      expect(guide.headers[2]).toBe(requiredLabel);
      expect(guide.rows.map((r) => r[0])).toEqual(headers);
      expect(guide.rows.filter((r) => r[2] === (lang === 'da' ? 'ja' : 'yes'))).toHaveLength(
        GAINS_SPEC.columns.filter((c) => c.required).length,
      );
    },
  );
});
