export { ImportPanel } from './import-panel';
export { DatasetSwitcher } from './dataset-switcher';
export { StorageNotice } from './storage-notice';
