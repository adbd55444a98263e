import { cellText, exactArrayBuffer, rectangle } from './cell-text';

export interface ParquetTable {
  headers: string[];
  rows: string[][];
}

/**
 * Reads a Parquet file's top-level columns as text: INT64 (BigInt) exactly, doubles in shortest round-trip
 * form, dates and timestamps ISO, nulls as '', nested values as JSON. hyparquet is loaded on first use.
 */
export async function readParquet(bytes: Uint8Array): Promise<ParquetTable> {
  const { parquetMetadata, parquetRead, parquetSchema } = await import('hyparquet');
  const file = exactArrayBuffer(bytes);
  try {
    const metadata = parquetMetadata(file);
    const headers = parquetSchema(metadata).children.map((c) => c.element.name);
    let raw: unknown[][] = [];
    await parquetRead({
      file,
      metadata,
      rowFormat: 'array',
      onComplete: (rows) => {
        raw = rows;
      },
    });
    return rectangle(headers, raw.map((r) => r.map(cellText)));
  } catch (e) {
    throw new Error(`Could not read the file as Parquet: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}
