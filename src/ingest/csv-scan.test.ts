import { expect, it } from 'vitest';
import { CsvScan } from './csv-scan';

const scan = (text: string, fields: number) => {
  const b = new TextEncoder().encode(text);
  const s = new CsvScan(fields, 44, 2);
  s.feed(b, b.indexOf(10) + 1, b.length);
  return s.result();
};

it('proves plain numbers, spaces and few distinct values per column', () => {
  const r = scan('a,b,c,d\n1,1.5,x y,k\r\n\n-2,,x,k\n+3,2.125,z,k\n', 4)!;
  expect(r.rows).toBe(3); // the blank line is not a record
  expect(r.columns.map((c) => c.kind)).toEqual(['int', 'point', null, null]);
  expect(r.columns[1]!.pointEvidence).toBe(1); // '.5' says point; '.125' could be a thousands separator
  expect(r.columns.map((c) => c.noSpace)).toEqual([true, true, false, true]);
  expect(r.columns[3]!.distinct).toEqual([{ value: 'k', n: 3 }]);
  expect(r.columns[0]!.distinct).toBe('many'); // three values, over the limit of 2
});

it('leaves to SQL what DuckDB might read differently, and gives up on files that are not simple', () => {
  expect(scan('a,b\n1,\u00a0x\n', 2)!.columns[1]!.distinct).toBe('unsure'); // DuckDB's trim may take Unicode spaces
  expect(scan('a,b\n1," x"\n', 2)).toBeNull(); // a quote
  expect(scan('a,b\n1,x\r2,y\n', 2)).toBeNull(); // a carriage return that is not a line end
  expect(scan('a,b\n1,x,3\n', 2)).toBeNull(); // a field too many
  expect(scan('a,b\n1\n', 2)).toBeNull(); // a field too few
});
