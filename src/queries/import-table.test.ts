import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoteIdent, type Db } from '../db';
import { openNodeDb } from '../db/node/node-db';
import { importGenericTable } from './import-table';

// The csv-spectrum set lives beside the repo (../shared/conformance/, see its README) and is never copied in.
const SPECTRUM = fileURLToPath(new URL('../../../shared/conformance/csv-spectrum/', import.meta.url));
const present = existsSync(`${SPECTRUM}csvs`) && existsSync(`${SPECTRUM}json`);
const names = present
  ? readdirSync(`${SPECTRUM}csvs`)
      .filter((f) => f.endsWith('.csv'))
      .map((f) => f.slice(0, -4))
      .sort()
  : [];
if (!present)
  console.info(`csv-spectrum suite skipped: ${SPECTRUM} not found (it exists in CI; see ../shared/conformance/README.md).`);

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
}, 60_000);
afterAll(() => db.close());

async function tableRows(table: string) {
  return (await db.query(`SELECT * FROM ${quoteIdent(table)} ORDER BY rowid`)).rows;
}

describe.skipIf(!present)('csv-spectrum 2.0.0 through the extra-table import (file bytes → DuckDB table)', () => {
  it('has the 12 files of csv-spectrum 2.0.0', () => {
    expect(names).toHaveLength(12);
  });

  it.for(names)('%s.csv gives exactly its json/*.json', async (name) => {
    const bytes = new Uint8Array(readFileSync(`${SPECTRUM}csvs/${name}.csv`));
    const expected = JSON.parse(readFileSync(`${SPECTRUM}json/${name}.json`, 'utf8')) as Record<string, string>[];
    const r = await importGenericTable(db, `${name}.csv`, bytes);
    expect(await tableRows(r.table)).toEqual(expected);
    expect({ rowsIn: r.rowsIn, rows: r.rows, rowsRejected: r.rowsRejected }).toEqual({
      rowsIn: expected.length,
      rows: expected.length,
      rowsRejected: 0,
    });
    expect(r.warnings).toEqual([]);
  });
});

describe('extra table for SQL', () => {
  it('loads a Windows-1252 ; file as text exactly as written, under a safe name', async () => {
    const latin1 = (s: string) => [...s].map((c) => c.charCodeAt(0)); // ø is 0xF8 in Windows-1252
    const bytes = new Uint8Array(latin1('navn;beløb\r\nSøren; 1.234,50 \r\n'));
    const r = await importGenericTable(db, '2017 Ærø.csv', bytes);
    expect(r).toMatchObject({ table: 't_2017_aero', rowsIn: 1, rows: 1, rowsRejected: 0, columns: 2 });
    expect(await tableRows(r.table)).toEqual([{ navn: 'Søren', beløb: ' 1.234,50 ' }]);
  });

  it('loads ragged rows as read and says so', async () => {
    const r = await importGenericTable(db, 'ragged.csv', new TextEncoder().encode('a,b\n1,2\n3\n'));
    expect(r.rows).toBe(2);
    expect(r.warnings.join()).toMatch(/row 2: data row 2 has 1 fields/);
  });
});
