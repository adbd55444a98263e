// The programme profile: query options, the import hook, and the bundled tables' loader.
export * from './programme-options';
export { useProgrammeImport, type ProgrammeImportState } from './programme-use';
export { importProgrammeFile, type ProgrammeImportResult } from './programme-import';
export { PROGRAMME_SPECS } from './programme-specs';
export type { ProgrammeUrls } from './programme-load';
