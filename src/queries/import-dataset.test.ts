import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPopulationCsv, type Db } from '../db';
import { openDbWithPopulation, testImportDeps } from '../../tests/import-test-db';
import { CHUNKED_ABOVE, completeImport, persistDataset, prepareImport } from './import-dataset';

const DIR = 'tests/fixtures/import';
const expected = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Record<
  string,
  {
    rowsIn: number;
    rowsLoaded: number;
    rowsRejected: number;
    realisedTotal: number;
    expectedTotal: number;
    encoding?: string;
    delimiter?: string;
  }
>;

let db: Db;
const deps = testImportDeps();
const memory = deps.memoryMap;
const stored = deps.stored;

beforeAll(async () => {
  db = await openDbWithPopulation();
});
afterAll(() => db.close());

describe('import of every fixture format, encoding, delimiter and number style', () => {
  it.each(Object.keys(expected))('%s', async (file) => {
    const want = expected[file]!;
    const bytes = new Uint8Array(readFileSync(`${DIR}/${file}`));
    const prepared = await prepareImport(db, file, bytes, deps);
    if (want.encoding && prepared.kind === 'csv')
      expect(prepared.encoding.replace('-bom', '')).toBe(want.encoding.replace('-bom', ''));
    if (want.delimiter && prepared.kind === 'csv') expect(prepared.dialect.delimiter).toBe(want.delimiter);
    const r = await completeImport(db, prepared, prepared.mapping, file, deps);
    expect({ rowsIn: r.rowsIn, rowsLoaded: r.rowsLoaded, rowsRejected: r.rowsRejected }).toEqual({
      rowsIn: want.rowsIn,
      rowsLoaded: want.rowsLoaded,
      rowsRejected: want.rowsRejected,
    });
    expect(r.realisedTotal).toBeCloseTo(want.realisedTotal, 2);
    expect(r.expectedTotal).toBeCloseTo(want.expectedTotal, 2);
    expect(r.rowsLoaded + r.rowsRejected).toBe(r.rowsIn);
    const saved = await persistDataset(db, r.info, deps);
    expect(saved.content_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.at(-1)?.info.dataset_id).toBe(r.datasetId);
  });

  it('names each rejected line, column and value of the bad-rows file', async () => {
    const want = JSON.parse(readFileSync(`${DIR}/with-bad-rows.expected.json`, 'utf8')) as {
      rejects: { line: number; reason: string }[];
    };
    const bytes = new Uint8Array(readFileSync(`${DIR}/with-bad-rows.csv`));
    const p = await prepareImport(db, 'bad.csv', bytes, deps);
    const r = await completeImport(db, p, p.mapping, 'bad', deps);
    expect(r.rejected.map((x) => ({ line: x.line, reason: x.reason }))).toEqual(
      want.rejects.map((x) => ({ line: x.line, reason: x.reason })),
    );
  });

  it('remembers a manual mapping for files with the same headers', async () => {
    const csv = 'proj;subject;firm;industry;yr;gain\nP1;robots;C1;25;2016;100\n';
    const bytes = new TextEncoder().encode(csv);
    const first = await prepareImport(db, 'odd.csv', bytes, deps);
    // Partners' words are suggested (proj a guess; subject, firm, industry, gain synonyms); `yr` is not.
    expect(first.missingRequired).toEqual(['year']);
    expect(first.confidence).toMatchObject({ project_id: 'guess', theme: 'synonym', company_id: 'synonym', nace: 'synonym' });
    const mapping = {
      ...first.mapping,
      project_id: 'proj',
      theme: 'subject',
      company_id: 'firm',
      nace: 'industry',
      year: 'yr',
      annual_gain_dkk: 'gain',
    };
    const r = await completeImport(db, first, mapping, 'odd', deps);
    expect(r.rowsLoaded).toBe(1);
    const second = await prepareImport(db, 'odd2.csv', bytes, deps);
    expect(second.missingRequired).toEqual([]);
  });
});

describe('large files are read in chunks', () => {
  it('keeps every row and the line numbers of the whole file across chunk borders', async () => {
    const { generateGainsCsv } = await import('../../tests/bench/generate-gains');
    const lines = generateGainsCsv(90_000).trimEnd().split('\n');
    const badLine = 80_000; // lands in a later chunk
    lines[badLine - 1] = lines[badLine - 1]!.replace(/,(realised|expected)$/, ',12.5oo,$1').replace(
      /,[0-9.]+,12\.5oo,/,
      ',12.5oo,',
    );
    const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
    expect(bytes.byteLength).toBeGreaterThan(CHUNKED_ABOVE);
    const progress: number[] = [];
    const p = await prepareImport(db, 'big.csv', bytes, deps, undefined, (x) => progress.push(x.bytesDone));
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(bytes.byteLength);
    const r = await completeImport(db, p, p.mapping, 'big', deps);
    expect(r.rowsIn).toBe(90_000);
    expect(r.rowsLoaded + r.rowsRejected).toBe(r.rowsIn);
    expect(r.rejected.map((x) => x.line)).toEqual([badLine]);
  }, 120_000);

  it('leaves nothing behind when cancelled', async () => {
    const { generateGainsCsv } = await import('../../tests/bench/generate-gains');
    const bytes = new TextEncoder().encode(generateGainsCsv(90_000));
    const ctrl = new AbortController();
    const before = await db.query<{ n: number }>('SELECT count(*) AS n FROM gains_flat');
    await expect(prepareImport(db, 'c.csv', bytes, deps, ctrl.signal, () => ctrl.abort())).rejects.toThrow(/cancelled/);
    const after = await db.query<{ n: number }>('SELECT count(*) AS n FROM gains_flat');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
    const staged = await db.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'import_staged'");
    expect(staged.rows[0]?.n).toBe(0);
  }, 120_000);
});

describe('population table import', () => {
  it('replaces the population from a Danish-headed file and remembers it, naming the bad lines', async () => {
    const { importPopulationFile } = await import('./import-dataset');
    const text = [
      'branche;størrelse;virksomheder;ansatte;værditilvækst_dkk',
      '25;10-49;1.200;25.000;12.500.000.000',
      '25;50-249;300;30.000;15.000.000.000',
      '45;10-49;1;1;1',
    ].join('\r\n');
    const bytes = new TextEncoder().encode(text);
    const r = await importPopulationFile(db, 'pop-da.csv', bytes, deps);
    expect(r.rowsIn).toBe(3);
    expect(r.rowsLoaded + r.rowsRejected).toBe(r.rowsIn);
    expect(r.rejected.map((x) => x.line)).toEqual([4]);
    expect(memory.get('spillover.population')).toMatch(/^nace,/);
  });

  it('refuses a file that is not a population table, with the missing columns named', async () => {
    const { importPopulationFile } = await import('./import-dataset');
    const bytes = new TextEncoder().encode('a,b\n1,2\n');
    await expect(importPopulationFile(db, 'x.csv', bytes, deps)).rejects.toThrow(
      /has no column for nace, size_class, firms, employees, value_added_dkk/,
    );
  });
});

describe('the bundled tables load through the same pipeline (what the engine calls at start-up)', () => {
  it('the bundled population estimate: the same rows as the plain load', async () => {
    const { loadPopulation } = await import('./import-population');
    const bytes = new Uint8Array(readFileSync('data/demo/population.csv'));
    await db.load('plain-population.csv', bytes);
    await loadPopulationCsv(db, 'plain-population.csv');
    const plain = (await db.query('SELECT * FROM population ORDER BY nace, size_class')).rows;
    await db.exec('DELETE FROM population');
    const r = await loadPopulation(db, bytes);
    expect(r).toMatchObject({ rowsIn: plain.length, rowsLoaded: plain.length, rowsRejected: 0 });
    expect((await db.query('SELECT * FROM population ORDER BY nace, size_class')).rows).toEqual(plain);
  });

  it('the demo data set: every row loaded and registered under its fixed id', async () => {
    const { loadBundledDataset } = await import('./import-dataset');
    const bytes = new Uint8Array(readFileSync('data/demo/reported-gains.csv'));
    const lines = new TextDecoder().decode(bytes).trimEnd().split('\n').length - 1;
    const info = await loadBundledDataset(db, 'demo-gains.csv', bytes, {
      dataset_id: 'demo',
      name: 'Demo',
      source: 'bundled demo',
      created_at: '2017-01-01T00:00:00.000Z',
    });
    expect(info).toMatchObject({ dataset_id: 'demo', rows_in: lines, rows_loaded: lines, rows_rejected: 0 });
    expect((await db.query("SELECT rows_loaded FROM datasets WHERE dataset_id = 'demo'")).rows).toEqual([{ rows_loaded: lines }]);
  });
});
