export { LangProvider, useLang, useT, type Lang, type Text } from './i18n';
export { ErrorBanner, Notice } from './error-banner';
export { FigureCard, type FigureCardProps } from './figure-card';
