export { LangProvider, useLang, useT, type Text } from './i18n';
export { ErrorBanner, Notice } from './error-banner';
export { FigureCard } from './figure-card';
export { VirtualTable, type VirtualColumn } from './virtual-table';
export { TraceDrawer } from './trace-drawer';
export { downloadFile, saveFile } from './download';
export { ExportMenu } from './export-menu';
export { formatBytes, refusalText } from './refusal-text';
export { RejectedRows } from './rejected-rows';
