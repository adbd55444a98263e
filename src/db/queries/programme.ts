// The programme profile's tables: import checks and KPI queries.
export * from './programme-import';
export * from './programme-kpis';
