import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { evaluate, plausibilityChecks } from '../../model';
import {
  checkInputQuery,
  coverageQuery,
  modelInputQuery,
  provenanceQuery,
  referenceProvenanceQuery,
  reportedByQuery,
  summaryQuery,
  useEngine,
  useScenario,
} from '../../queries';

/**
 * Everything the report shows for the active data set and scenario: the Overview's own (unfiltered) query options,
 * so the two screens share one cache, and the same model.
 */
export function useReportData() {
  const engine = useEngine();
  const scenario = useScenario();
  const summary = useQuery(summaryQuery(engine));
  const cells = useQuery(modelInputQuery(engine));
  const provenance = useQuery(provenanceQuery(engine));
  const reference = useQuery(referenceProvenanceQuery(engine));
  const byYear = useQuery(reportedByQuery(engine, 'year'));
  const coverage = useQuery(coverageQuery(engine));
  const checkData = useQuery(checkInputQuery(engine));
  const result = useMemo(() => (cells.data ? evaluate(cells.data, scenario.params) : null), [cells.data, scenario.params]);
  const checks = useMemo(
    () => (cells.data && result && checkData.data ? plausibilityChecks(cells.data, result, checkData.data) : null),
    [cells.data, result, checkData.data],
  );
  const error = [summary, cells, provenance, reference, byYear, coverage, checkData].find((q) => q.error)?.error ?? null;
  return {
    scenario,
    summary: summary.data,
    result,
    input: cells.data,
    provenance: provenance.data,
    reference: reference.data,
    byYear: byYear.data,
    coverage: coverage.data,
    checks,
    error,
    ready: !!(summary.data && result && provenance.data && reference.data && byYear.data && coverage.data && checks),
  };
}
