import { cellText, exactArrayBuffer, rectangle } from './cell-text';
import { parquetProblem } from './parquet-guard';

export interface ParquetTable {
  headers: string[];
  rows: string[][];
}

/**
 * Reads a Parquet file's top-level columns as text: INT64 (BigInt) exactly, doubles in shortest round-trip
 * form, dates and timestamps ISO, nulls as '', nested values as JSON. hyparquet is loaded on first use; the
 * file's structure is checked first (see parquet-guard) so a damaged file is refused instead of hanging.
 */
export async function readParquet(bytes: Uint8Array): Promise<ParquetTable> {
  const [{ parquetMetadata, parquetRead, parquetSchema }, { parquetHeader }] = await Promise.all([
    import('hyparquet'),
    import('hyparquet/src/column.js'),
  ]);
  const file = exactArrayBuffer(bytes);
  try {
    const metadata = parquetMetadata(file);
    const schema = parquetSchema(metadata);
    const problem = parquetProblem(file, metadata, schema, parquetHeader);
    if (problem) throw new Error(`the file is damaged: ${problem}`);
    const headers = schema.children.map((c) => c.element.name);
    let raw: unknown[][] = [];
    await parquetRead({
      file,
      metadata,
      rowFormat: 'array',
      onComplete: (rows) => {
        raw = rows;
      },
    });
    return rectangle(
      headers,
      raw.map((r) => r.map(cellText)),
    );
  } catch (e) {
    throw new Error(`Could not read the file as Parquet: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}
