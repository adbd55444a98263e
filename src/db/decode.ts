import type { Table } from 'apache-arrow';
import type { QueryResult, Row } from './types';

// Arrow type ids (apache-arrow's Type enum), kept as numbers so this file needs only arrow's types.
const DATE = 8;
const TIMESTAMP = 10;

function decodeValue(v: unknown, typeId: number): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeId === DATE && typeof v === 'number') return new Date(v).toISOString().slice(0, 10);
  if (typeId === TIMESTAMP && typeof v === 'number') return new Date(v).toISOString();
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  // Lists, structs and decimals without the double cast: keep a readable, lossless string.
  return String(v);
}

/**
 * The single Arrow → plain JS step. Works column by column (row-object `toJSON()` is the slow path):
 * BIGINT/HUGEINT become numbers, DATE an ISO date, TIMESTAMP an ISO instant.
 */
export function decodeTable<T extends Row = Row>(table: Table): QueryResult<T> {
  const fields = table.schema.fields;
  const n = table.numRows;
  const rows: Row[] = Array.from({ length: n }, () => ({}));
  const columns = fields.map((f) => ({ name: f.name, type: String(f.type) }));
  fields.forEach((field, c) => {
    const vector = table.getChildAt(c);
    if (!vector) return;
    const typeId = field.typeId as number; // arrow's Type enum is a numeric enum
    let i = 0;
    for (const v of vector) {
      const row = rows[i++];
      if (row) row[field.name] = decodeValue(v, typeId);
    }
  });
  return { columns, rows: rows as T[] }; // each row received every column above
}
