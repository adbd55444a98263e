export { ReportScreen } from './report-screen';
export { AnalysisSections } from './analysis-sections';
