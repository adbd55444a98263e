import type { FileMetaData, PageHeader, SchemaTree } from 'hyparquet';

/**
 * Structural checks of a Parquet file's column chunks before hyparquet decodes them. hyparquet trusts page
 * headers: a damaged one can make its page loop spin forever (a header missing its counts, a zero-length
 * run), and a column chunk whose path matches no schema column is read but never awaited, which surfaces
 * as an unhandled rejection. Checked here: every chunk resolves to a schema leaf and lies inside the file;
 * its pages are complete, tile the chunk exactly, and their value counts add up to the chunk's.
 * Returns the first problem found, or null.
 */
export function parquetProblem(
  file: ArrayBuffer,
  metadata: FileMetaData,
  schema: SchemaTree,
  parquetHeader: (reader: { view: DataView; offset: number }) => PageHeader,
): string | null {
  const rows = metadata.row_groups.reduce((s, g) => s + Number(g.num_rows), 0);
  if (rows !== Number(metadata.num_rows)) return `row groups hold ${rows} rows, the footer says ${metadata.num_rows}`;
  const limit = file.byteLength - 8; // the footer length and the closing magic
  for (const [g, group] of metadata.row_groups.entries()) {
    for (const chunk of group.columns) {
      const meta = chunk.meta_data;
      if (!meta) return `row group ${g} has a column chunk without metadata`;
      const name = meta.path_in_schema.join('.');
      if (!resolves(schema, meta.path_in_schema)) return `column chunk "${name}" is not a column of the schema`;
      const data = Number(meta.data_page_offset);
      const dict = meta.dictionary_page_offset === undefined ? NaN : Number(meta.dictionary_page_offset);
      const start = dict > 0 && dict < data ? dict : data;
      const end = start + Number(meta.total_compressed_size);
      if (!(Number.isSafeInteger(start) && start >= 4 && end > start && end <= limit)) {
        return `column "${name}" lies outside the file (bytes ${start}–${end} of ${file.byteLength})`;
      }
      const problem = pagesProblem(new DataView(file, start, end - start), Number(meta.num_values), parquetHeader);
      if (problem) return `column "${name}" in row group ${g}: ${problem}`;
    }
  }
  return null;
}

function resolves(schema: SchemaTree, path: readonly string[]): boolean {
  let node: SchemaTree | undefined = schema;
  for (const part of path) {
    node = node.children.find((c) => c.element.name === part);
    if (!node) return false;
  }
  return node.children.length === 0;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
const MAX_PAGE = 1 << 30;

function pagesProblem(
  view: DataView,
  expectedValues: number,
  parquetHeader: (r: { view: DataView; offset: number }) => PageHeader,
): string | null {
  const reader = { view, offset: 0 };
  let values = 0;
  while (reader.offset < view.byteLength) {
    const at = reader.offset;
    let h: PageHeader;
    try {
      h = parquetHeader(reader);
    } catch (e) {
      return `unreadable page header at chunk byte ${at} (${e instanceof Error ? e.message : String(e)})`;
    }
    const size = h.compressed_page_size;
    if (reader.offset <= at || !isCount(size) || !isCount(h.uncompressed_page_size) || h.uncompressed_page_size > MAX_PAGE) {
      return `page header at chunk byte ${at} has impossible sizes`;
    }
    if (reader.offset + size > view.byteLength) return `page at chunk byte ${at} runs past the chunk`;
    const bad = pageHeaderProblem(h, size);
    if (bad) return `page at chunk byte ${at}: ${bad}`;
    if (h.type === 'DATA_PAGE') values += h.data_page_header?.num_values ?? 0;
    if (h.type === 'DATA_PAGE_V2') values += h.data_page_header_v2?.num_values ?? 0;
    reader.offset += size;
  }
  if (values !== expectedValues) return `pages hold ${values} values, the chunk says ${expectedValues}`;
  return null;
}

function pageHeaderProblem(h: PageHeader, size: number): string | null {
  switch (h.type) {
    case 'DATA_PAGE': {
      const d = h.data_page_header;
      return d && isCount(d.num_values) && d.encoding && d.definition_level_encoding && d.repetition_level_encoding
        ? null
        : 'incomplete data page header';
    }
    case 'DATA_PAGE_V2': {
      const d = h.data_page_header_v2;
      const ok =
        d &&
        isCount(d.num_values) &&
        isCount(d.num_nulls) &&
        isCount(d.num_rows) &&
        d.num_nulls <= d.num_values &&
        d.encoding &&
        isCount(d.definition_levels_byte_length) &&
        isCount(d.repetition_levels_byte_length) &&
        d.definition_levels_byte_length + d.repetition_levels_byte_length <= size;
      return ok ? null : 'incomplete data page (v2) header';
    }
    case 'DICTIONARY_PAGE': {
      const d = h.dictionary_page_header;
      return d && isCount(d.num_values) && d.encoding ? null : 'incomplete dictionary page header';
    }
    case 'INDEX_PAGE':
      return null;
    default:
      return `unknown page type ${JSON.stringify(h.type)}`;
  }
}
