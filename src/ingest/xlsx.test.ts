import { describe, expect, it } from 'vitest';
import { parseGenericCsv } from './generic-csv';
import { decodeText } from './decode';
import { fixture } from './test-fixtures';
import { readXlsx } from './xlsx';
import { readParquet } from './parquet';
import { toCsv } from './csv-write';

/** english.csv, with numbers in the plain form XLSX and Parquet cells come back in (`845000.00` → `845000`). */
function englishCsvRows() {
  const t = parseGenericCsv(decodeText(fixture('english.csv')).text);
  const gain = t.headers.indexOf('annual_gain_dkk');
  return { headers: t.headers, rows: t.rows.map((r) => r.map((v, i) => (i === gain ? String(Number(v)) : v))) };
}

describe('readXlsx', () => {
  it('reads english.xlsx to the same rows as english.csv, numbers as plain `.` decimals', async () => {
    const x = await readXlsx(fixture('english.xlsx'));
    expect(x.sheets).toEqual(['Gains', 'Notes']);
    expect(x.sheet).toBe('Gains');
    expect({ headers: x.headers, rows: x.rows }).toEqual(englishCsvRows());
    expect(x.rows[0]?.[11]).toBe('1234567.5');
  });

  it.each([['Notes'], [1]])(
    'reads the sheet picked by %j: dates ISO, float artefacts as Excel shows them, numeric text kept',
    async (sheet) => {
      const x = await readXlsx(fixture('english.xlsx'), sheet);
      expect(x.sheet).toBe('Notes');
      expect(x.headers).toEqual(['note', 'value']);
      expect(x.rows).toEqual([
        ['generated', '2024-03-01'],
        ['float artefact', '0.3'],
        ['text that looks numeric', '0123'],
        ['big integer', '123456789012'],
        ['small', '0.000001'],
      ]);
    },
  );

  it('names the sheets when the picked one does not exist', async () => {
    await expect(readXlsx(fixture('english.xlsx'), 'Data')).rejects.toThrow(/no sheet "Data"; its sheets are: Gains, Notes/);
    await expect(readXlsx(fixture('english.xlsx'), 5)).rejects.toThrow(/no sheet 5/);
  });

  it('says what went wrong for a file that is not a workbook', async () => {
    await expect(readXlsx(fixture('english.csv'))).rejects.toThrow(
      /Could not read the file as an XLSX workbook: it is not a readable zip/,
    );
  });
});

describe('readParquet', () => {
  it('reads english.parquet to the same rows as english.csv, nulls as empty cells', async () => {
    const p = await readParquet(fixture('english.parquet'));
    expect(p).toEqual(englishCsvRows());
  });

  it('says what went wrong for a file that is not Parquet', async () => {
    await expect(readParquet(fixture('english.csv'))).rejects.toThrow(/Could not read the file as Parquet/);
  });

  it('goes through toCsv and back unchanged', async () => {
    const p = await readParquet(fixture('english.parquet'));
    const back = parseGenericCsv(toCsv(p.headers, p.rows));
    expect({ headers: back.headers, rows: back.rows }).toEqual(p);
  });
});
