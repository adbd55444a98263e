import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { stagedDistinct, stagedSamples, type Db, type GainMapping } from '../db';
import { openDbWithPopulation, testImportDeps } from '../../tests/import-test-db';
import { GAIN_COLUMNS, validationTuning } from '../db/queries/import-gains';
import { generateGainsCsv } from '../../tests/bench/generate-gains';
import { completeImport, NoRowsLoaded, prepareImport, type PreparedImport } from './import-dataset';
import { lazyStaging, readChecked, stageText } from './import-pipeline';

// The byte scan's shortcuts (distinct values counted in JS, plain-number columns typed without regexes, no trim
// where there is no space) against the import without them, on every fixture, conformance and random file: the
// same distinct values, rows, totals, reasons and line numbers, and rows in = loaded + rejected either way.

let db: Db;
const deps = testImportDeps;
beforeAll(async () => {
  db = await openDbWithPopulation();
});
afterAll(() => db.close());

let n = 0;
/** Validates the prepared file into a new data set; what came out (or the refusal), with the set's rows by line. */
async function outcome(p: PreparedImport, mapping: GainMapping) {
  try {
    const r = await completeImport(db, p, mapping, 'parity', deps());
    const rows = await db.query('SELECT * EXCLUDE (dataset_id) FROM gains_flat WHERE dataset_id = ? ORDER BY line', [
      r.datasetId,
    ]);
    await db.exec('DELETE FROM gains_flat WHERE dataset_id = ?', [r.datasetId]);
    await db.exec('DELETE FROM datasets WHERE dataset_id = ?', [r.datasetId]);
    const { datasetId: _id, info: _info, ...rest } = r;
    return { ...rest, rows: rows.rows };
  } catch (e) {
    // A file the import refuses as a whole (no loadable or no realised rows, a required column unmapped) is an
    // outcome to compare too; any other error is the test's own failure.
    if (!(e instanceof NoRowsLoaded) && !/Map these required columns/.test(String(e))) throw e;
    return { error: String(e), ...(e as object) };
  }
}

/** Prepares `bytes` (staged lazily or as text) and validates it with the scan's facts (and, staged lazily, without). */
async function oneWay(name: string, bytes: Uint8Array, lazy: boolean) {
  let p: PreparedImport;
  lazyStaging.enabled = lazy;
  try {
    p = await prepareImport(db, name, bytes, deps());
  } catch {
    return null; // refused before staging (not a table, too large…): the same either way
  } finally {
    lazyStaging.enabled = true;
  }
  const isView = (await db.query("SELECT 1 FROM duckdb_views() WHERE view_name = 'import_staged'")).rows.length > 0;
  const staged = await db.query(`SELECT * FROM ${p.stagedTable!} ORDER BY line`);
  const sqlDistinct = await stagedDistinct(db, p.stagedTable!, p.columns);
  expect(p.distinct, name).toEqual(sqlDistinct);
  expect(p.samples, name).toEqual(await stagedSamples(db, p.stagedTable!, p.columns));
  const mapping = p.mapping;
  // Staged lazily, even a small file takes the large files' path, where the reader types the plain-number columns.
  const fastPathFrom = validationTuning.fastPathFrom;
  validationTuning.fastPathFrom = lazy ? 0 : fastPathFrom;
  const typedBefore = validationTuning.typedReads;
  let fast, slow;
  try {
    fast = await outcome(p, mapping);
    // Without the facts, and with the accept test as one term per check, as the reasons are built. Once per file:
    // the text staging's records are the view's (compared below), so this arm over them would repeat the view's.
    validationTuning.compactOk = false;
    slow = lazy ? await outcome({ ...p, facts: undefined }, mapping) : fast;
  } finally {
    validationTuning.compactOk = true;
    validationTuning.fastPathFrom = fastPathFrom;
  }
  // The typed read never needed its net (typing the text after all): its rows were the text's every time.
  expect(validationTuning.typedFallbacks, name).toBe(0);
  if (validationTuning.typedReads > typedBefore) typedReads++;
  expect(fast, name).toEqual(slow);
  const { stagedTable: _t, ...prepared } = p;
  return { prepared, staged: staged.rows, outcome: fast, isView };
}

/**
 * Imports `bytes` with and without the scan, staged lazily (a view over the bytes, where the file allows) and as
 * text: the same staged records and lines, mapping step, rows, totals and reasons every way. Returns whether the
 * scan engaged; `views` counts the files staged lazily.
 */
let views = 0;
/** Files whose rows went in through the reader's typed read. */
let typedReads = 0;
async function bothWays(name: string, bytes: Uint8Array): Promise<boolean> {
  const file = `${name}-${n++}`;
  const lazy = await oneWay(file, bytes, true);
  const text = await oneWay(file, bytes, false);
  expect(lazy === null, name).toBe(text === null);
  if (!lazy || !text) return false;
  expect(text.isView, name).toBe(false);
  if (lazy.isView) views++;
  expect(lazy.staged, name).toEqual(text.staged);
  expect(lazy.prepared, name).toEqual(text.prepared);
  expect(lazy.outcome, name).toEqual(text.outcome);
  return lazy.prepared.facts !== undefined;
}

const csvFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.(csv|tsv|txt)$/.test(f))
        .map((f) => [`${dir}/${f}`, new Uint8Array(readFileSync(`${dir}/${f}`))] as const)
    : [];

it('fixtures and conformance files import the same with and without the scan', async () => {
  const files = [
    ...csvFiles('tests/fixtures/import'),
    // The shared conformance corpus, where this machine has it (not part of the repository).
    ...csvFiles('/work/shared/conformance/csv-spectrum/csvs'),
    ['bench-2000', new TextEncoder().encode(generateGainsCsv(2000))] as const,
  ];
  let scanned = 0;
  for (const [name, bytes] of files) if (await bothWays(name, bytes)) scanned++;
  expect(scanned).toBeGreaterThan(2); // the fast path did engage (english.csv, danish-excel.csv, the bench file)
  expect(views).toBeGreaterThan(2); // so did the lazy staging
  expect(typedReads).toBeGreaterThan(2); // and the typed read
}, 120_000);

/**
 * The shapes a typed read or a shortcut could get wrong, each in a row of its own: plain numbers a whole-number
 * column must reject ('1.234', '12.50') or whose reading depends on the file's number style ('1.234' is ambiguous
 * without evidence, a thousand in the comma style), with the evidence for each style in another column; then the
 * shapes that are not plain ('0x10', '1e3', '1_000', spaces, thousands separators), and text with spaces at its edges.
 */
it('every awkward value imports the same with and without the scan, in every number style', async () => {
  // 400 digits: a plain number that reads as ±Infinity (not finite), typed by the reader or cast from the text.
  const plain = ['12', '+5', '-5', '007', '-0', '1.234', '0.125', '1.250', '1000', '9'.repeat(400), `-${'9'.repeat(400)}.5`];
  const notPlain = ['0x10', '1e3', '1_000', '12.', '.5', '1.2.3', ' ', ' 12', '12 ', '1 234', '\u00a012', '12\u202f', '1.234,5'];
  const files: [string, string[], string[]][] = [
    ['unknown', plain, []],
    ['point', [...plain, '12.50', '0.25'], ['12.5']],
    ['comma', plain, ['12,5', '1,25', '7,5']],
    ['not plain', [...plain, ...notPlain], ['12,5']],
  ];
  const numeric = ['nace', 'employees', 'year', 'annual_gain_dkk'];
  let scanned = 0;
  const typedBefore = typedReads;
  for (const [name, values, evidence] of files) {
    const lines = [GAIN_COLUMNS.join(';')];
    let k = 0;
    const add = (column: string, v: string) => {
      const r: Record<string, string> = {
        project_id: `P${k}`,
        project_title: ` Title ${k} `,
        theme: 'robots',
        company_id: `C${k}`,
        company_name: 'Co',
        nace: '25',
        employees: '40',
        affected_employees: '5',
        size_class: '',
        year: '2016',
        gain_type: '',
        annual_gain_dkk: '1000',
        status: 'realised',
      };
      r[column] = v;
      k++;
      lines.push(GAIN_COLUMNS.map((c) => r[c]).join(';'));
    };
    for (const v of values) for (const c of numeric) add(c, v);
    for (const v of evidence) add('affected_employees', v);
    for (const v of [' robots', 'P 1 ', 'x\u3000', ' ', '\u3000robots']) add('theme', v);
    if (await bothWays(name, new TextEncoder().encode(lines.join('\n')))) scanned++;
  }
  expect(scanned).toBe(files.length);
  expect(typedReads).toBeGreaterThan(typedBefore);
}, 120_000);

// Values that are plain numbers, nearly so, and hostile, for every column (import-conservation.test.ts's, plus the
// shapes a typed read would get wrong: '12.5' into a whole number, '0x10', '1e3', '1_000', '007', '-0', spaces).
const cell = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('', '12', '25', '2016', '-5', '+5', '007', '-0', '12.5', '12.50', '1.234', '0.125', '0.25'),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ' ',
      ' 12',
      '12 ',
      '1 234',
      '0x10',
      '1e3',
      '1_000',
      '1.234.5',
      '12.',
      '.5',
      '1.2.3',
      '12,5',
      '1.234,5',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(' P1', 'robots ', 'C1', ' realised', 'forventet', 'maybe', '250+', '0-9', 'æøå', ' æ', 'x\u3000'),
  },
  // Hostile cells (quotes, delimiters, any text) make most files too irregular for the scan: its fallback is checked.
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.constantFrom('"', ';', ',', '1,234.5', '1.234,5'),
      fc.string({ maxLength: 6 }),
      fc.double({ noNaN: true }).map(String),
    ),
  },
);
/** A canonical row with some cells replaced, so most files keep a mappable, mostly valid shape. */
const row = (gain: (i: number) => string) =>
  fc.tuple(fc.nat(99), fc.array(fc.tuple(fc.nat(GAIN_COLUMNS.length - 1), cell), { maxLength: 3 })).map(([i, edits]) => {
    const r = [
      `P${i % 7}`,
      `Project ${i}`,
      'robots',
      `C${i % 5}`,
      'Co',
      String(10 + (i % 24)),
      String(20 + i),
      '5',
      '',
      '2016',
      '',
      gain(i),
      i % 3 ? 'realised' : 'expected',
    ];
    for (const [k, v] of edits) r[k] = v;
    return r;
  });

it('random files import the same with and without the scan', async () => {
  let scanned = 0;
  await fc.assert(
    fc.asyncProperty(
      // Whole gains leave the number style to the edited cells (often none: 'unknown'); `i * 1.25` says 'point'.
      fc
        .constantFrom(
          (i: number) => String(i * 100),
          (i: number) => String(i * 1.25),
        )
        .chain((g) => fc.array(row(g), { minLength: 1, maxLength: 15 })),
      fc.constantFrom(',', ';', '\t', '|'),
      fc.boolean(),
      async (rows, delim, crlf) => {
        const q = (v: string) => (v.includes(delim) || /["\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
        const text = [GAIN_COLUMNS.join(delim), ...rows.map((r) => r.map(q).join(delim))].join(crlf ? '\r\n' : '\n');
        if (await bothWays('random', new TextEncoder().encode(text))) scanned++;
      },
    ),
    { numRuns: 15, seed: 20261130 },
  );
  expect(scanned).toBeGreaterThan(5);
}, 300_000);

it('a file read in chunks is scanned to the same facts as read whole', async () => {
  const input = await readChecked('chunks.csv', new TextEncoder().encode(generateGainsCsv(3000)));
  const whole = await stageText(db, input, 'parity_whole', {});
  const chunked = await stageText(db, input, 'parity_chunked', {}, 0, { chunkedAbove: 1000, chunkBytes: 20_000 });
  expect(whole.scan).toBeDefined();
  expect(chunked.scan).toEqual(whole.scan);
  expect(chunked.rowsIn).toBe(3000);
  await db.exec('DROP TABLE parity_whole; DROP TABLE parity_chunked');
});
