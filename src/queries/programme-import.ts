import { blankLines, exportProgrammeTable, PROGRAMME_COLUMNS, PROGRAMME_REQUIRED, replaceProgrammeTable, stageCsv, type Db, type ProgrammeMapping, type ProgrammeOutcome, type ProgrammeTable } from '../db';
import { autoMap, readParquet, readXlsx, sniffDialect, toCsv, toUtf8Bytes } from '../ingest';
import { programmeKey } from './programme-load';
import { PROGRAMME_SPECS } from './programme-specs';

export interface ProgrammeImportResult extends ProgrammeOutcome {
  fileName: string;
  rowsIn: number;
}

/** Replaces one programme table from a CSV, XLSX or Parquet file of its shape; keeps it (`memory`) across reloads. */
export async function importProgrammeFile(
  db: Db,
  table: ProgrammeTable,
  fileName: string,
  raw: Uint8Array,
  memory: { set: (key: string, value: string) => void },
): Promise<ProgrammeImportResult> {
  const zip = raw[0] === 0x50 && raw[1] === 0x4b; // "PK": an XLSX container
  const parquet = raw[0] === 0x50 && raw[1] === 0x41 && raw[2] === 0x52 && raw[3] === 0x31; // "PAR1"
  let utf8: Uint8Array;
  if (zip || parquet) {
    const t = zip ? await readXlsx(raw) : await readParquet(raw);
    utf8 = new TextEncoder().encode(toCsv(t.headers, t.rows));
  } else utf8 = toUtf8Bytes(raw).bytes;
  const delimiter = zip || parquet ? ',' : sniffDialect(new TextDecoder().decode(utf8.subarray(0, 65536))).delimiter;
  const file = `programme-import-${crypto.randomUUID()}.csv`;
  await db.load(file, utf8);
  try {
    const staged = await stageCsv(db, file, { delimiter, quote: '"' }, 'programme_import', blankLines(utf8));
    const auto = autoMap(staged.columns, PROGRAMME_SPECS[table]);
    const mapping: Record<string, string | null> = {};
    for (const c of PROGRAMME_COLUMNS[table]) {
      const idx = (auto.mapping as Record<string, number | null>)[c]; // keyed by this table's columns
      mapping[c] = idx === null || idx === undefined ? null : (staged.columns[idx] ?? null);
    }
    const required: readonly string[] = PROGRAMME_REQUIRED[table];
    const missing = required.filter((c) => mapping[c] === null);
    if (missing.length)
      throw new Error(`${fileName} is not a ${table} table: it has no column for ${missing.join(', ')} (expected headers: ${PROGRAMME_COLUMNS[table].join(', ')}).`);
    const out = await replaceProgrammeTable(db, table, staged.table, mapping as ProgrammeMapping<typeof table>); // filled for every column above
    if (out.rowsLoaded > 0) memory.set(programmeKey(table), new TextDecoder().decode(await exportProgrammeTable(db, table)));
    return {
      ...out,
      fileName,
      rowsIn: staged.rowsIn,
      rowsRejected: out.rowsRejected + staged.parseRejects.length,
      rejected: [...staged.parseRejects, ...out.rejected].sort((a, b) => a.line - b.line),
    };
  } finally {
    await db.drop(file);
    await db.exec('DROP TABLE IF EXISTS programme_import');
  }
}
