export { decodeText, toUtf8Bytes, type DecodedText, type TextEncodingName, type Utf8Bytes } from './decode';
export { sniffDialect, DELIMITERS, type Delimiter, type Dialect } from './sniff';
export {
  GAIN_COLUMNS,
  GAINS_SPEC,
  POPULATION_COLUMNS,
  POPULATION_SPEC,
  autoMap,
  headerSignature,
  matchHeader,
  normalizeHeader,
  type AutoMapResult,
  type CanonicalColumn,
  type ColumnSpec,
  type PopulationColumn,
  type TableSpec,
} from './columns';
export { readXlsx, type SheetTable } from './xlsx';
export { readParquet, type ParquetTable } from './parquet';
export { toCsv, csvField, type CsvWriteOptions } from './csv-write';
export { parseGenericCsv, type GenericCsvError, type GenericTable } from './generic-csv';
export { makeTemplate, templateCsv, templateHeader, type TemplateKind, type TemplateLang } from './templates';
export { csvChunks, type CsvChunk } from './chunks';
export {
  InputRefused,
  MAX_COLUMNS,
  MAX_HEADER_BYTES,
  binaryFormat,
  checkCsvShape,
  checkFileSize,
  importLimitBytes,
  inputProblemText,
  type InputProblem,
} from './input-guard';
export { fileKind, readInput, type FileKind, type TextInput } from './read-input';
export { mapColumns, missingRequired, notThatTable, requiredColumns, type ColumnMapping } from './map-columns';
export { EXPORT_FORMATS, csvDownload, exportFile, type ExportFormat, type ExportedFile } from './export-file';
export { APP_VERSION, makeStamp, stampEntries, stampFileName, type ExportStamp } from './export-stamp';
export { neutraliseFormula } from './export-guard';
export { exportCsvText, type CsvStyle } from './export-csv';
export type { ExportTable } from './export-table';
