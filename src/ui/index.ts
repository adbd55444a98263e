export { LangProvider, useLang, useT, type Lang, type Text } from './i18n';
export { ErrorBanner, Notice } from './error-banner';
export { FigureCard, type FigureCardProps } from './figure-card';
export { VirtualTable, type VirtualColumn, type VirtualTableProps } from './virtual-table';
export { TraceDrawer, type TraceNode, type TraceDrawerProps } from './trace-drawer';
export { downloadFile, saveFile, type DownloadableFile } from './download';
export { ExportMenu, type ExportMenuFile, type ExportMenuFormat, type ExportMenuProps } from './export-menu';
