// Native DuckDB results → Arrow IPC stream bytes, typed as the wasm door's results are (OPEN_CONFIG casts BIGINT and
// DECIMAL to DOUBLE), so the browser decodes them with the same `src/db/decode.ts` whichever engine answered.
import {
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBTimestampValue,
  DuckDBTypeId,
  type DuckDBMaterializedResult,
  type DuckDBValue,
} from '@duckdb/node-api';
import {
  Bool,
  DateDay,
  Field,
  Float32,
  Float64,
  Int16,
  Int32,
  Int8,
  RecordBatch,
  Schema,
  Struct,
  Table,
  TimestampMillisecond,
  Uint16,
  Uint32,
  Uint8,
  Utf8,
  makeData,
  tableToIPC,
  vectorFromArray,
  type DataType,
} from 'apache-arrow';

type Plain = string | number | boolean | null;

interface Column {
  type: DataType;
  convert: (v: DuckDBValue) => Plain;
}

const asNumber = (v: DuckDBValue): Plain => {
  if (v === null) return null;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof DuckDBDecimalValue) return v.toDouble();
  return typeof v === 'number' ? v : Number(String(v));
};

const asText = (v: DuckDBValue): Plain => (v === null ? null : typeof v === 'string' ? v : String(v));

const DAY_MS = 86_400_000;

function columnFor(typeId: DuckDBTypeId): Column {
  switch (typeId) {
    case DuckDBTypeId.BOOLEAN:
      return { type: new Bool(), convert: (v) => (v === null ? null : Boolean(v)) };
    case DuckDBTypeId.TINYINT:
      return { type: new Int8(), convert: asNumber };
    case DuckDBTypeId.SMALLINT:
      return { type: new Int16(), convert: asNumber };
    case DuckDBTypeId.INTEGER:
      return { type: new Int32(), convert: asNumber };
    case DuckDBTypeId.UTINYINT:
      return { type: new Uint8(), convert: asNumber };
    case DuckDBTypeId.USMALLINT:
      return { type: new Uint16(), convert: asNumber };
    case DuckDBTypeId.UINTEGER:
      return { type: new Uint32(), convert: asNumber };
    case DuckDBTypeId.FLOAT:
      return { type: new Float32(), convert: asNumber };
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
    case DuckDBTypeId.DECIMAL:
    case DuckDBTypeId.DOUBLE:
      return { type: new Float64(), convert: asNumber };
    case DuckDBTypeId.DATE:
      return {
        type: new DateDay(),
        convert: (v) => (v instanceof DuckDBDateValue ? v.days * DAY_MS : null),
      };
    case DuckDBTypeId.TIMESTAMP:
      return {
        type: new TimestampMillisecond(),
        convert: (v) => (v instanceof DuckDBTimestampValue ? Number(v.micros / 1000n) : null),
      };
    default:
      // Lists, structs, intervals, time zones …: a readable string, as decode.ts makes of them.
      return { type: new Utf8(), convert: asText };
  }
}

/** The result's columns as one Arrow record batch, serialised as an IPC stream. */
export async function resultToIpc(result: DuckDBMaterializedResult): Promise<Uint8Array> {
  const names = result.columnNames();
  const types = result.columnTypes();
  const values = names.length > 0 ? await result.getColumns() : [];
  const length = values[0]?.length ?? 0;
  const columns = types.map((t) => columnFor(t.typeId));
  const fields = names.map((name, i) => new Field(name, columns[i]?.type ?? new Utf8(), true));
  const children = columns.map((c, i) => {
    const raw = values[i] ?? [];
    // vectorFromArray's builder takes dates as Date objects and timestamps as epoch milliseconds.
    const plain = raw.map((v) => {
      const p = c.convert(v);
      return c.type instanceof DateDay && typeof p === 'number' ? new Date(p) : p;
    });
    return vectorFromArray(plain, c.type).data[0] ?? makeData({ type: c.type, length: 0 });
  });
  const schema = new Schema(fields);
  const batch = new RecordBatch(schema, makeData({ type: new Struct(fields), length, children, nullCount: 0 }));
  return tableToIPC(new Table(schema, [batch]), 'stream');
}
