import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { coverageByIndustry, datasetProvenance, referenceProvenance, reportedBy } from '../../db';
import { evaluate } from '../../model';
import { keys, modelInputQuery, summaryQuery, useEngine, useScenario } from '../../queries';

/** Everything the report shows for the active data set and scenario: the same queries and model as the Overview. */
export function useReportData() {
  const engine = useEngine();
  const scenario = useScenario();
  const enabled = engine.ready;
  const summary = useQuery({ ...summaryQuery(engine), enabled });
  const cells = useQuery({ ...modelInputQuery(engine), enabled });
  const base = keys.dataset(engine);
  const provenance = useQuery({ queryKey: [...base, 'report', 'provenance'] as const, queryFn: () => datasetProvenance(engine.db, engine.datasetId), enabled });
  const reference = useQuery({ queryKey: [...base, 'report', 'reference'] as const, queryFn: () => referenceProvenance(engine.db), enabled });
  const byYear = useQuery({ queryKey: [...base, 'report', 'by-year'] as const, queryFn: () => reportedBy(engine.db, 'year'), enabled });
  const coverage = useQuery({ queryKey: [...base, 'report', 'coverage'] as const, queryFn: () => coverageByIndustry(engine.db), enabled });
  const result = useMemo(() => (cells.data ? evaluate(cells.data, scenario.params) : null), [cells.data, scenario.params]);
  const error = [summary, cells, provenance, reference, byYear, coverage].find((q) => q.error)?.error ?? null;
  return {
    scenario,
    summary: summary.data,
    result,
    provenance: provenance.data,
    reference: reference.data,
    byYear: byYear.data,
    coverage: coverage.data,
    error,
    ready: !!(summary.data && result && provenance.data && reference.data && byYear.data && coverage.data),
  };
}
export type ReportData = ReturnType<typeof useReportData>;
