import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { openNodeDb } from '../db/node/node-db';
import { readInput } from '../ingest';
import { stageText } from './import-pipeline';

// Parity of the chunked read with the whole-file read on the same bytes: a large file is read in pieces, the
// later ones without DuckDB's sniffer (the first piece's columns), and must stage the very same records, line
// numbers and reader rejects as one read of the whole file would.

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
});
afterAll(() => db.close());

const HEADER = 'project_id;theme;company_id;note;annual_gain_dkk';

function file(eol: string): string {
  const lines = [HEADER];
  for (let i = 1; i <= 400; i++) {
    if (i % 97 === 0) lines.push(''); // blank line
    if (i % 61 === 0) lines.push(`P${i};digital;C${i};too;many;fields;here`); // wrong field count
    if (i % 83 === 0) lines.push(`P${i};robots`); // too few fields
    if (i % 71 === 0) lines.push(`P${i};robots;C${i};"spans${eol}two lines; with a delimiter";1.234,5`);
    if (i % 89 === 0) lines.push(`P${i};robots;C${i};"an empty line${eol}${eol}inside";7`);
    lines.push(`P${i};${i % 2 ? 'digital' : 'materials'};C${i % 37};"quoted ""x"" ${i}";${i * 10},5`);
  }
  return lines.join(eol) + eol;
}

async function staged(bytes: Uint8Array, chunks: { chunkedAbove: number; chunkBytes?: number }) {
  const input = await readInput('f.csv', bytes);
  const s = await stageText(db, input, 'pipeline_parity', {}, 0, chunks);
  const rows = await db.query('SELECT * FROM pipeline_parity ORDER BY line');
  await db.exec('DROP TABLE pipeline_parity');
  return { ...s, rows: rows.rows };
}

describe('reading a large file in pieces', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('stages the same records, lines and rejects as one read of the whole file (%s)', async (_, eol) => {
    const bytes = new TextEncoder().encode(file(eol));
    const whole = await staged(bytes, { chunkedAbove: Infinity });
    // Every record carries its own line in the file (a blank line below a multi-line record once shifted them).
    const truth = file(eol)
      .split(eol)
      .flatMap((l, i) => (/"quoted ""x"" \d+"/.test(l) ? [i + 1] : []));
    expect(whole.rows.filter((r) => String(r.note).startsWith('quoted')).map((r) => r.line)).toEqual(truth);
    expect(whole.parseRejects.length).toBeGreaterThan(5);
    expect(whole.rows.length).toBeGreaterThan(390);
    for (const chunkBytes of [1000, 4096]) {
      const pieces = await staged(bytes, { chunkedAbove: 0, chunkBytes });
      expect(pieces.columns).toEqual(whole.columns);
      expect(pieces.rowsIn).toBe(whole.rowsIn);
      expect(pieces.rows).toEqual(whole.rows);
      expect(pieces.parseRejects).toEqual(whole.parseRejects);
    }
  });
});
