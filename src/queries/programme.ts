// The programme profile: query options, the import hook, and the bundled tables' loader.
export * from './programme-options';
export { useProgrammeImport } from './programme-use';
