import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db } from '../db';
import { openDbWithPopulation, testImportDeps } from '../../tests/import-test-db';
import { exportFile, type ExportStamp } from '../ingest';
import { completeImport, prepareImport } from './import-dataset';

// XLSX at real sizes: a 20,000-row workbook (over fflate's worker thresholds: 512 KB unzipped to read, 160 KB to
// write) imports, exports to XLSX and re-imports with equal totals, all without any worker.

let db: Db;
const deps = testImportDeps();
const stamp: ExportStamp = {
  dataset: 'big',
  datasetHash: 'x'.repeat(64),
  scenario: { preset: 'central', changed: {} },
  params: {},
  appVersion: '0.1.0',
  createdAt: '2026-01-01T00:00:00.000Z',
};

const HEADERS = [
  'project_id',
  'project_title',
  'theme',
  'company_id',
  'company_name',
  'nace',
  'employees',
  'affected_employees',
  'size_class',
  'year',
  'gain_type',
  'annual_gain_dkk',
  'status',
];

function bigTable(n: number) {
  const rows = Array.from({ length: n }, (_, i) => ({
    project_id: `P-${i % 300}`,
    project_title: `Project ${i % 300}`,
    theme: 'automation',
    company_id: `C-${i}`,
    company_name: `Company ${i}`,
    nace: 25,
    employees: 10 + (i % 200),
    affected_employees: null,
    size_class: null,
    year: 2020 + (i % 5),
    gain_type: 'productivity',
    annual_gain_dkk: 1000 + i + 0.125,
    status: i % 2 ? 'realised' : 'expected',
  }));
  return { columns: HEADERS.map((name) => ({ name })), rows };
}

beforeAll(async () => {
  db = await openDbWithPopulation();
});
afterAll(() => db.close());

async function importBytes(name: string, bytes: Uint8Array) {
  const p = await prepareImport(db, name, bytes, deps);
  return completeImport(db, p, p.mapping, name, deps);
}

describe('XLSX at real sizes', () => {
  it('imports a 20,000-row XLSX, exports it to XLSX and re-imports it with equal totals', async () => {
    const n = 20_000;
    const t0 = performance.now();
    const file = await exportFile('xlsx', bigTable(n), stamp, 'gains', 'en');
    const tWrite = performance.now();
    const first = await importBytes('big.xlsx', file.bytes);
    const tImport = performance.now();

    expect({ rowsIn: first.rowsIn, rowsLoaded: first.rowsLoaded, rowsRejected: first.rowsRejected }).toEqual({
      rowsIn: n,
      rowsLoaded: n,
      rowsRejected: 0,
    });
    const rows = (
      await db.query(`SELECT ${HEADERS.join(', ')} FROM gains_flat WHERE dataset_id = '${first.datasetId}' ORDER BY line`)
    ).rows;
    const again = await exportFile('xlsx', { columns: HEADERS.map((name) => ({ name })), rows }, stamp, 'gains', 'en');
    const second = await importBytes('again.xlsx', again.bytes);
    expect(second.rowsLoaded).toBe(n);
    expect(second.realisedTotal).toBe(first.realisedTotal);
    expect(second.expectedTotal).toBe(first.expectedTotal);
    const sum = bigTable(n).rows.reduce((s, r) => s + r.annual_gain_dkk, 0);
    expect(first.realisedTotal + first.expectedTotal).toBeCloseTo(sum, 3);
    console.info(
      `20k-row XLSX: write ${Math.round(tWrite - t0)} ms, import ${Math.round(tImport - tWrite)} ms (${file.bytes.byteLength} bytes)`,
    );
  }, 120_000);
});
