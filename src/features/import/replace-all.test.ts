import { describe, expect, it } from 'vitest';
import { cellOf, columnValues, replaceAll } from './replace-all';

const rows = [
  { line: '3', status: 'Måske', amount: 'lots' },
  { line: '4', status: 'Måske', amount: '10' },
  { line: '7', status: 'ja', amount: 'lots' },
];

describe('replace a value everywhere in a column', () => {
  it('lists a column’s values as shown, most frequent first', () => {
    expect(columnValues(rows, {}, 'status')).toEqual([
      { value: 'Måske', n: 2 },
      { value: 'ja', n: 1 },
    ]);
    expect(columnValues(rows, { '7': { status: 'Måske' } }, 'status')).toEqual([{ value: 'Måske', n: 3 }]);
  });

  it('replaces the value in every row that shows it, keeping other edits', () => {
    const { edits, changed } = replaceAll(rows, { '4': { amount: '20' } }, 'amount', 'lots', '250');
    expect(changed).toBe(2);
    expect(rows.map((r) => cellOf(edits, r, 'amount'))).toEqual(['250', '20', '250']);
    expect(replaceAll(rows, edits, 'status', 'nope', 'x').changed).toBe(0);
  });
});
