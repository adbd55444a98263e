import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { compileChain, type ChainTables } from '../../model';
import { modelDataKey, modelInputQuery, useEngine, useFiltersFromUrl, useScenario } from '../../queries';

/**
 * The active scenario and the lean chain of the active data set under the Overview's cross-filters. The tables
 * depend on the data and on the scenario's two choices only (pooling, smallest size class), so moving a number
 * elsewhere does not recompile them.
 */
export function useChain() {
  const engine = useEngine();
  const { filters } = useFiltersFromUrl();
  const cells = useQuery(modelInputQuery(engine, filters));
  const scenario = useScenario();
  const { pooling, min_size_class } = scenario.params;
  const tables: ChainTables | null = useMemo(
    () => (cells.data ? compileChain(cells.data, { pooling, min_size_class }) : null),
    [cells.data, pooling, min_size_class],
  );
  return { tables, scenario, dataKey: modelDataKey(engine, filters), error: cells.error };
}
