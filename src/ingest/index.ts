export {
  GAINS_SPEC,
  POPULATION_COLUMNS,
  POPULATION_SPEC,
  headerSignature,
  type ColumnSpec,
  type PopulationColumn,
  type TableSpec,
} from './columns';
export { parseGenericCsv } from './generic-csv';
export { makeTemplate } from './templates';
export { csvChunks } from './chunks';
export { InputRefused, checkFileSize, importLimitBytes, inputProblemText, type InputProblem } from './input-guard';
export { readInput, type FileKind, type TextInput } from './read-input';
export { mapColumns, missingRequired, notThatTable, requiredColumns, type ColumnMapping } from './map-columns';
export { csvDownload, exportFile, xlsxDownload } from './export-file';
export { makeStamp, type ExportStamp } from './export-stamp';
export type { ExportTable } from './export-table';
export { detectHeaderRow, fromLine, leadingLines } from './header-row';
export { suggestColumns, type ColumnConfidence } from './column-guess';
export { CsvScan } from './csv-scan';
