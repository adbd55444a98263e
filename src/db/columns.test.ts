import {
  tableFromArrays,
  tableFromJSON,
  vectorFromArray,
  Table,
  Int64,
  Utf8,
  Float64,
  Int32,
  List,
  Struct,
  Field,
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { backgroundOf, fetchColumns, fetchPackedColumns, rowColumns, tableColumns, type LanedDb } from './columns';
import { openNodeDb } from './node/node-db';
import type { Db, QueryResult } from './types';

describe('tableColumns', () => {
  it('reads numbers into typed arrays and text into strings, as the rows would decode', () => {
    const t = tableFromArrays({
      k: Int32Array.from([3, -1, 7]),
      g: Float64Array.from([0.1, NaN, -2.5]),
      id: ['a', 'Æ', 'c'],
    });
    const spec = { k: 'int', g: 'float', id: 'text' } as const;
    const c = tableColumns(t, spec);
    expect(c.k).toBeInstanceOf(Int32Array);
    expect([...c.k]).toEqual([3, -1, 7]);
    expect(c.g).toBeInstanceOf(Float64Array);
    expect([...c.g]).toEqual([0.1, NaN, -2.5]);
    expect(c.id).toEqual(['a', 'Æ', 'c']);
    expect(
      rowColumns(
        [
          { k: 3, g: 0.1, id: 'a' },
          { k: -1, g: NaN, id: 'Æ' },
          { k: 7, g: -2.5, id: 'c' },
        ],
        spec,
      ),
    ).toEqual(c);
  });

  it('converts other integer widths exactly and refuses what does not fit', () => {
    const big = new Table({ n: vectorFromArray([1n, 2n], new Int64()) });
    expect([...tableColumns(big, { n: 'int' }).n]).toEqual([1, 2]);
    const tooBig = new Table({ n: vectorFromArray([2n ** 40n], new Int64()) });
    expect(() => tableColumns(tooBig, { n: 'int' })).toThrow(/not a 32-bit integer/);
  });

  it('refuses a NULL in a number column and keeps it in a text column', () => {
    const t = new Table({
      x: vectorFromArray([1.5, null], new Float64()),
      s: vectorFromArray(['a', null], new Utf8()),
    });
    expect(() => tableColumns(t, { x: 'float' })).toThrow(/NULL/);
    expect(tableColumns(t, { s: 'text' }).s).toEqual(['a', null]);
    const lazy = tableColumns(t, { s: 'lazy-text' }).s;
    expect([lazy.length, lazy.get(0), lazy.get(1)]).toEqual([2, 'a', null]);
    const fromRows = rowColumns([{ s: 'a' }, { s: null }], { s: 'lazy-text' }).s;
    expect([fromRows.length, fromRows.get(0), fromRows.get(1)]).toEqual([2, 'a', null]);
    expect(() => tableColumns(tableFromJSON([{ y: 1 }]), { x: 'float' })).toThrow(/not in the result/);
  });
});

describe('fetchColumns and backgroundOf', () => {
  const rowsDb = {
    query: () => Promise.resolve({ columns: [], rows: [{ a: 1 }, { a: 2 }] } as QueryResult),
  } as unknown as Db; // only `query` is called here

  it('falls back to the rows of a door without columns', async () => {
    expect([...(await fetchColumns(rowsDb, 'SELECT', { a: 'int' })).a]).toEqual([1, 2]);
  });

  it("gives the door's background lane when it has one, else the door", () => {
    expect(backgroundOf(rowsDb)).toBe(rowsDb);
    const lane = { ...rowsDb } as Db;
    const laned = { ...rowsDb, background: () => lane } as unknown as Db & LanedDb; // a stand-in door
    expect(backgroundOf(laned)).toBe(lane);
  });
});

describe('packed rows (fetchPackedColumns)', () => {
  const struct = new Struct([new Field('k', new Int32()), new Field('g', new Float64()), new Field('id', new Utf8())]);
  const packed = (rows: unknown[] | null) =>
    new Table({ packed_rows: vectorFromArray([rows], new List(new Field('item', struct, true))) });
  const spec = { k: 'int', g: 'float', id: 'lazy-text' } as const;

  it('reads a list of structs as the columns of its rows, and no rows from a NULL list', () => {
    const c = tableColumns(
      packed([
        { k: 3, g: 0.5, id: 'a' },
        { k: -1, g: NaN, id: null },
      ]),
      spec,
    );
    expect([...c.k]).toEqual([3, -1]);
    expect([...c.g]).toEqual([0.5, NaN]);
    expect([c.id.length, c.id.get(0), c.id.get(1)]).toEqual([2, 'a', null]);
    const none = tableColumns(packed(null), spec);
    expect([none.k.length, none.g.length, none.id.length]).toEqual([0, 0, 0]);
  });

  it('packs rows in the order asked for, and unpacks them on a door without columns', async () => {
    const db = await openNodeDb();
    try {
      const sql = `SELECT i, (10 - i)::INTEGER AS k, i / 4 AS g, 'r' || i AS id FROM range(5) t(i)`;
      const c = await fetchPackedColumns(db, sql, { k: 'int', g: 'float', id: 'text' }, 'k');
      expect([...c.k]).toEqual([6, 7, 8, 9, 10]);
      expect([...c.g]).toEqual([1, 0.75, 0.5, 0.25, 0]);
      expect(c.id).toEqual(['r4', 'r3', 'r2', 'r1', 'r0']);
      const none = await fetchPackedColumns(db, `${sql} WHERE false`, { k: 'int' }, 'k');
      expect(none.k.length).toBe(0);
    } finally {
      await db.close();
    }
  });
});
